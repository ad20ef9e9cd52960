package org.taawun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The help chat during a hand-off and the counsellor's view of the conversation, on a 360 x 740 phone in Arabic and
 * in French: the counsellor sees what the person chose and wrote before asking, the person is told when the
 * counsellor joins and the bot says nothing more while she is there; no page scrolls sideways, primary actions are
 * at least 44 px tall, and inserted values are isolated. Screenshots are kept in {@code target/screenshots/}.
 */
class SupportPhoneTest extends BrowserTestSupport {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;
    private static final double MIN_TARGET = 44;
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    /** The texts of each language: quick replies, what the bot and the console say. */
    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "ar",
            Map.of(
                    "hello", "السلام عليكم",
                    "menu", "قائمة",
                    "language", "العربية",
                    "yes", "نعم",
                    "country", "المغرب",
                    "counsellor", "التحدث مع مستشارة",
                    "asked", "طلبت لك مستشارة",
                    "arrived", "وصلت رسالتك",
                    "joined", "انضمّت إليك مستشارة",
                    "before", "ما اختارته وكتبته قبل أن تطلب مستشارة"),
            "fr",
            Map.of(
                    "hello", "Bonjour",
                    "menu", "menu",
                    "language", "Français",
                    "yes", "Oui",
                    "country", "Maroc",
                    "counsellor", "Parler à quelqu’un",
                    "asked", "J’ai demandé une écoutante",
                    "arrived", "Votre message est bien arrivé",
                    "joined", "Une écoutante vous a rejointe",
                    "before", "Ce qu’elle a choisi et écrit avant de demander une écoutante"));

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHandOffOnAPhoneInArabic() {
        handOffOnAPhone("ar", "rtl");
    }

    @Test
    void aHandOffOnAPhoneInFrench() {
        handOffOnAPhone("fr", "ltr");
    }

    private void handOffOnAPhone(String lang, String dir) {
        Map<String, String> t = TEXTS.get(lang);
        List<String> problems = new ArrayList<>();
        Instant before = Instant.now().minusSeconds(1);
        String mixed = "Mon numéro 0612345678, il est parti à Casa " + UUID.randomUUID();
        try (BrowserContext person = phone(lang);
                BrowserContext counsellor = phone(lang)) {
            Page chat = person.newPage();
            chat.navigate(url("/help?lang=" + lang));
            say(chat, t.get("hello"));
            tap(chat, t.get("language"));
            tap(chat, t.get("yes"));
            tap(chat, t.get("country"));
            say(chat, mixed);
            say(chat, t.get("menu"));
            tap(chat, t.get("counsellor"));
            tap(chat, t.get("yes"));
            assertThat(bubble(chat, "bot", t.get("asked"))).isVisible();
            say(chat, "1");
            assertThat(bubble(chat, "bot", t.get("arrived"))).hasCount(1);
            say(chat, "2");
            String handle = jdbc.sql("select handle from support.handoffs where status = 'WAITING' and language = ?"
                            + " and requested_at > ? order by requested_at desc limit 1")
                    .params(lang, Timestamp.from(before))
                    .query(String.class)
                    .single();

            Page console = counsellor.newPage();
            console.onDialog(dialog -> dialog.accept());
            signIn(console, "counsellor@taawun.test");
            console.navigate(url("/support/console?lang=" + lang));
            Locator row = console.locator("#queue tr").filter(new Locator.FilterOptions().setHasText(handle));
            assertThat(row.locator("bdi.handle")).hasText(handle);
            row.locator("button[type=submit]").click();
            console.waitForURL(Pattern.compile(".*/support/console/[0-9a-f-]{36}$"));
            assertDirection(console, lang, dir);

            Locator context = console.locator("#messages section.context");
            assertThat(context.locator("h2").first()).hasText(t.get("before"));
            assertThat(context.locator("li")).containsText(new String[] {
                t.get("hello"),
                t.get("language"),
                t.get("yes"),
                t.get("country"),
                mixed,
                t.get("counsellor"),
                t.get("yes")
            });
            assertThat(context.locator("li p").first()).hasAttribute("dir", "auto");
            assertThat(console.locator("#messages ol.chat").last().locator("li.person p"))
                    .hasText(new String[] {"1", "2"});
            assertThat(console.locator("h1 bdi.handle")).hasText(handle);
            assertThat(console.locator("a.back .arrow-back")).hasCount(1);

            assertThat(bubble(chat, "bot", t.get("joined"))).hasCount(1);
            int botBubbles = chat.locator("#bubbles li.bubble.bot").count();
            say(chat, "3");
            assertThat(console.locator("#messages ol.chat").last().locator("li.person p"))
                    .hasText(new String[] {"1", "2", "3"});
            console.locator("textarea[name=text]").fill("8350 ok?");
            console.locator("form[action$='/reply'] button[type=submit]").click();
            assertThat(bubble(chat, "counsellor", "8350 ok?")).isVisible();
            // no acknowledgement while the counsellor is there
            assertThat(chat.locator("#bubbles li.bubble.bot")).hasCount(botBubbles);
            assertThat(chat.locator("#bubbles li.bubble p").last()).hasAttribute("dir", "auto");
            assertThat(bubble(chat, "bot", t.get("arrived"))).hasCount(1);

            check(chat, lang, "help-handoff", problems, "main a.quick-exit, form.compose button[type=submit]");
            check(
                    console,
                    lang,
                    "console-conversation",
                    problems,
                    "form[action$='/reply'] button[type=submit], form[action$='/close'] button[type=submit]");
        }
        assertThat(problems).isEmpty();
    }

    private BrowserContext phone(String lang) {
        return browser.newContext(new Browser.NewContextOptions()
                .setLocale(lang)
                .setJavaScriptEnabled(true)
                .setViewportSize(WIDTH, HEIGHT)
                .setDeviceScaleFactor(1)
                .setIsMobile(true)
                .setHasTouch(true));
    }

    /** Records overflow and primary actions under 44 px, and keeps a screenshot of the page. */
    private static void check(Page page, String lang, String name, List<String> problems, String primary) {
        page.waitForLoadState();
        String where = lang + "/" + name;
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("phone-" + lang + "-" + name + ".png"))
                .setFullPage(true));
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        Number innerWidth = (Number) page.evaluate("() => window.innerWidth");
        if (scrollWidth.intValue() > innerWidth.intValue()) {
            problems.add(where + ": " + scrollWidth + " px wide on a " + innerWidth + " px screen");
        }
        Locator targets = page.locator(primary);
        assertThat(targets.count()).as(where + " primary actions").isPositive();
        for (int i = 0; i < targets.count(); i++) {
            BoundingBox box = targets.nth(i).boundingBox();
            if (box == null || box.height < MIN_TARGET) {
                problems.add(where + ": '" + targets.nth(i).innerText().strip() + "' is "
                        + (box == null ? "hidden" : Math.round(box.height) + " px tall"));
            }
        }
    }

    private static void say(Page chat, String text) {
        chat.locator("#chat-text").fill(text);
        chat.locator("form.compose button[type=submit]").click();
        assertThat(bubble(chat, "person", text).last()).isVisible();
    }

    private static void tap(Page chat, String title) {
        Locator button = chat.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(title).setExact(true))
                .last();
        assertThat(button).isVisible();
        button.click();
        assertThat(bubble(chat, "person", title).last()).isVisible();
    }

    private static Locator bubble(Page page, String speaker, String text) {
        return page.locator("#bubbles li.bubble." + speaker).filter(new Locator.FilterOptions().setHasText(text));
    }
}
