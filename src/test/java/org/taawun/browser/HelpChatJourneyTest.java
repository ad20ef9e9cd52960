package org.taawun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.taawun.support.SupportProperties;
import org.taawun.support.chat.Chatbot;
import org.taawun.support.web.chat.ScriptedChatbot;

/**
 * The chat page {@code /help} in a real browser, with a scripted engine: a conversation with JavaScript (htmx, no
 * page load, nothing in cookies or storage) and without it (form posts); the quick exit by button and by Escape lands
 * on the neutral site, which stands in for the real one here, and Back does not return to the chat.
 */
class HelpChatJourneyTest extends BrowserTestSupport {

    private static final String NEUTRAL =
            "<!DOCTYPE html><html><head><title>Weather</title></head><body></body></html>";

    @MockitoBean
    Chatbot chatbot;

    @Autowired
    SupportProperties properties;

    @BeforeEach
    void scriptTheEngine() {
        ScriptedChatbot.script(chatbot);
    }

    Locator bubble(Page page, String speaker, String text) {
        return page.locator("#bubbles li.bubble." + speaker).filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void aConversationWithJavaScriptSwapsInPlaceAndLeavesNothingInTheBrowser() {
        try (BrowserContext person = context("en", true)) {
            Page page = person.newPage();
            page.navigate(url("/help"));
            assertDirection(page, "en", "ltr");
            page.evaluate("() => { window.sameDocument = true; }");

            page.getByLabel("Your message").fill("salam");
            page.getByLabel("Your message").press("Enter");
            assertThat(bubble(page, "bot", "You wrote: salam")).isVisible();
            assertThat(bubble(page, "person", "salam")).isVisible();
            assertThat(page.getByLabel("Your message")).isFocused();
            assertThat(page.getByLabel("Your message")).isEmpty();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legal aid"))
                    .click();
            assertThat(bubble(page, "bot", "Lawyers can help you for free.")).isVisible();
            assertThat(bubble(page, "person", "Legal aid")).isVisible();

            page.getByLabel("Your message").fill("shukran");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send"))
                    .click();
            assertThat(bubble(page, "bot", "You wrote: shukran")).isVisible();

            org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.sameDocument === true"))
                    .isEqualTo(true);
            org.assertj.core.api.Assertions.assertThat(
                            page.evaluate("() => localStorage.length + sessionStorage.length"))
                    .isEqualTo(0);
            org.assertj.core.api.Assertions.assertThat(person.cookies()).isEmpty();
        }
    }

    @Test
    void aConversationWithoutJavaScriptWorksWithFormPosts() {
        try (BrowserContext person = context("ar", false)) {
            Page page = person.newPage();
            page.navigate(url("/help"));
            assertDirection(page, "ar", "rtl");

            page.locator("#chat-text").fill("bghit n3ref l7o9o9 dyali");
            page.locator("form.compose button[type=submit]").click();
            assertThat(bubble(page, "bot", "You wrote: bghit n3ref l7o9o9 dyali"))
                    .isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legal aid"))
                    .click();
            assertThat(bubble(page, "bot", "Lawyers can help you for free.")).isVisible();
            assertThat(page.locator("#bubbles li.bubble.person")).hasCount(2);
            org.assertj.core.api.Assertions.assertThat(person.cookies()).isEmpty();
        }
    }

    @Test
    void theQuickExitButtonLeavesForTheNeutralSiteAndBackDoesNotReturn() {
        try (BrowserContext person = neutralSiteContext()) {
            Page page = chatStarted(person);

            page.locator("a.quick-exit").click();

            assertLeftForGood(page);
        }
    }

    @Test
    void theEscapeKeyLeavesForTheNeutralSiteAndBackDoesNotReturn() {
        try (BrowserContext person = neutralSiteContext()) {
            Page page = chatStarted(person);

            page.getByLabel("Your message").press("Escape");

            assertLeftForGood(page);
        }
    }

    /** A browser in which the neutral site answers from here, so that the test needs no internet. */
    BrowserContext neutralSiteContext() {
        BrowserContext person = context("en", true);
        person.route(
                properties.quickExitUrl() + "**",
                route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setContentType("text/html")
                        .setBody(NEUTRAL)));
        return person;
    }

    Page chatStarted(BrowserContext person) {
        Page page = person.newPage();
        page.navigate(url("/search"));
        page.navigate(url("/help"));
        page.getByLabel("Your message").fill("salam");
        page.getByLabel("Your message").press("Enter");
        assertThat(bubble(page, "bot", "You wrote: salam")).isVisible();
        return page;
    }

    void assertLeftForGood(Page page) {
        page.waitForURL(properties.quickExitUrl());
        assertThat(page).hasTitle("Weather");
        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/search$"));
        assertThat(page).not().hasURL(Pattern.compile(".*/help$"));
    }
}
