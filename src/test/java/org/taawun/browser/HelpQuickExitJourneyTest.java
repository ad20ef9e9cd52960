package org.taawun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.BoundingBox;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.taawun.support.SupportProperties;
import org.taawun.support.chat.Chatbot;
import org.taawun.support.web.chat.ScriptedChatbot;

/**
 * The quick exit of the chat {@code /help} on a phone (360 × 740), with and without JavaScript: after it, neither Back,
 * a reload nor any history entry shows what she wrote; the button stays on screen however long the conversation, in
 * right-to-left Arabic and in French, without covering the message box; and the help numbers opened from the chat lead
 * back to the conversation instead of erasing it.
 */
class HelpQuickExitJourneyTest extends BrowserTestSupport {

    private static final String NEUTRAL =
            "<!DOCTYPE html><html><head><title>Weather</title></head><body>Sunny</body></html>";
    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;

    @MockitoBean
    Chatbot chatbot;

    @Autowired
    SupportProperties properties;

    @BeforeEach
    void scriptTheEngine() {
        ScriptedChatbot.script(chatbot);
    }

    /** A phone whose neutral site answers from here, so that the test needs no internet. */
    BrowserContext phone(String locale, boolean javaScript) {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setJavaScriptEnabled(javaScript)
                .setViewportSize(WIDTH, HEIGHT)
                .setIsMobile(true)
                .setHasTouch(true));
        phone.route(
                properties.quickExitUrl() + "**",
                route -> route.fulfill(
                        new Route.FulfillOptions().setContentType("text/html").setBody(NEUTRAL)));
        return phone;
    }

    static void say(Page page, String text) {
        page.locator("#chat-text").fill(text);
        page.locator("form.compose button[type=submit]").click();
        assertThat(page.locator("#bubbles li.bubble.person").filter(new Locator.FilterOptions().setHasText(text)))
                .isVisible();
    }

    static void assertNothingOf(Page page, String... words) {
        String shown = page.content();
        for (String word : words) {
            assertThat(shown).doesNotContain(word);
        }
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void afterTheQuickExitNoBackHistoryEntryOrReloadShowsWhatSheWrote(boolean javaScript) {
        try (BrowserContext phone = phone("ar", javaScript)) {
            Page page = phone.newPage();
            page.navigate(url("/search"));
            page.navigate(url("/help"));
            say(page, "rajli kay9tlni daba");
            say(page, "3endi jer7 f rasi");

            page.locator("a.quick-exit").click();
            page.waitForURL(properties.quickExitUrl());
            assertThat(page).hasTitle("Weather");

            page.goBack();
            for (int entry = 0; page.url().contains("/help") && entry < 10; entry++) {
                assertNothingOf(page, "kay9tlni", "jer7");
                page.reload();
                assertNothingOf(page, "kay9tlni", "jer7");
                page.goBack();
            }
            assertThat(page).hasURL(Pattern.compile(".*/search$"));
            assertNothingOf(page, "kay9tlni", "jer7");
            page.goForward();
            assertNothingOf(page, "kay9tlni", "jer7");
        }
    }

    @ParameterizedTest(name = "{0}, JavaScript {1}")
    @CsvSource({"ar, true", "ar, false", "fr, true", "fr, false"})
    void theQuickExitStaysOnScreenAsTheConversationGrowsAndCoversNeitherTheBoxNorSend(
            String language, boolean javaScript) {
        try (BrowserContext phone = phone(language, javaScript)) {
            Page page = phone.newPage();
            page.navigate(url("/help?lang=" + language));
            assertDirection(page, language, language.equals("ar") ? "rtl" : "ltr");
            for (int i = 1; i <= 12; i++) {
                say(page, "message " + i + " " + "long words to fill the screen ".repeat(3));
            }

            page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)");

            BoundingBox exit = page.locator("a.quick-exit").boundingBox();
            assertThat(exit.height).isGreaterThanOrEqualTo(44);
            assertThat(exit.x).isGreaterThanOrEqualTo(0);
            assertThat(exit.x + exit.width).isLessThanOrEqualTo(WIDTH);
            assertThat(exit.y).isGreaterThanOrEqualTo(0);
            assertThat(exit.y + exit.height).isLessThanOrEqualTo(HEIGHT);
            assertThat(page.locator("a.quick-exit")).isInViewport();
            for (String covered : new String[] {"#chat-text", "form.compose button[type=submit]"}) {
                BoundingBox box = page.locator(covered).boundingBox();
                boolean overlaps = exit.x < box.x + box.width
                        && box.x < exit.x + exit.width
                        && exit.y < box.y + box.height
                        && box.y < exit.y + exit.height;
                assertThat(overlaps).as(covered).isFalse();
            }
            assertThat(page.locator("a.quick-exit")).hasText(language.equals("ar") ? "خروج سريع" : "Sortie rapide");
        }
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void theHelpNumbersOpenedFromTheChatLeadBackToTheConversation(boolean javaScript) {
        try (BrowserContext phone = phone("fr", javaScript)) {
            Page page = phone.newPage();
            page.navigate(url("/help?lang=fr"));
            say(page, "mon mari me frappe");

            page.locator("main.help-chat a.services").click();
            page.waitForURL(Pattern.compile(".*/help/services\\?t=.*"));
            page.goBack();

            assertThat(page.locator("#bubbles li.bubble.person")).containsText("mon mari me frappe");

            page.locator("main.help-chat a.services").click();
            page.waitForURL(Pattern.compile(".*/help/services\\?t=.*"));
            page.getByText("Revenir à votre conversation").click();

            assertThat(page.locator("#bubbles li.bubble.person")).containsText("mon mari me frappe");
            say(page, "encore");
            assertThat(page.locator("#bubbles li.bubble.person")).hasCount(2);
        }
    }
}
