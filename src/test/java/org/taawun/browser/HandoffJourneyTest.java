package org.taawun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hand-off between two real browsers: a person at {@code /help} asks for a counsellor; the counsellor takes the
 * conversation in her console and answers; the person sees the answer appear; the counsellor closes and the person
 * has the bot back, with the real engine and the shipped flow.
 */
class HandoffJourneyTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonAndACounsellorTalkThroughTheHandOff() {
        Instant before = Instant.now().minusSeconds(1);
        try (BrowserContext person = context("en", true);
                BrowserContext counsellor = context("en", true)) {
            Page chat = person.newPage();
            chat.navigate(url("/help?lang=en"));
            say(chat, "hello");
            tap(chat, "English");
            tap(chat, "Yes");
            tap(chat, "Morocco");
            tap(chat, "Talk to a counsellor");
            tap(chat, "Yes");
            assertThat(bubble(chat, "bot", "I have asked for a counsellor.")).isVisible();
            say(chat, "He shouts at me every night");

            String handle = jdbc.sql("select handle from support.handoffs where status = 'WAITING'"
                            + " and requested_at > ? order by requested_at desc limit 1")
                    .param(Timestamp.from(before))
                    .query(String.class)
                    .single();

            Page console = counsellor.newPage();
            console.onDialog(dialog -> dialog.accept());
            signIn(console, "counsellor@taawun.test");
            console.navigate(url("/support/console?lang=en"));
            Locator row = console.locator("#queue tr").filter(new Locator.FilterOptions().setHasText(handle));
            assertThat(row).containsText("Talk to a counsellor");
            row.locator("button[type=submit]").click();
            console.waitForURL(Pattern.compile(".*/support/console/[0-9a-f-]{36}$"));
            assertThat(console.locator("#messages")).containsText("He shouts at me every night");

            console.locator("textarea[name=text]").fill("I am here. Are you safe right now?");
            console.locator("form[action$='/reply'] button[type=submit]").click();
            assertThat(bubble(chat, "counsellor", "I am here. Are you safe right now?"))
                    .isVisible();

            say(chat, "Yes, he is out");
            assertThat(console.locator("#messages")).containsText("Yes, he is out");

            console.locator("form[action$='/close'] button[type=submit]").click();
            console.waitForURL(Pattern.compile(".*/support/console$"));
            assertThat(bubble(chat, "bot", "The counsellor has ended the conversation."))
                    .isVisible();

            say(chat, "menu");
            assertThat(chat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Legal aid"))
                            .last())
                    .isVisible();
            assertThat(jdbc.sql("select status from support.handoffs where handle = ?")
                            .param(handle)
                            .query(String.class)
                            .single())
                    .isEqualTo("CLOSED");
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
    }

    private static Locator bubble(Page page, String speaker, String text) {
        return page.locator("#bubbles li.bubble." + speaker).filter(new Locator.FilterOptions().setHasText(text));
    }
}
