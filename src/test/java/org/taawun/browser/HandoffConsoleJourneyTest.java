package org.taawun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.Handoffs;

/**
 * A counsellor in a real browser: she takes a waiting conversation from the queue, sees what the person writes
 * appear without reloading (htmx polling), answers and closes; and, with JavaScript off, does the same with plain
 * forms and the refresh link.
 */
class HandoffConsoleJourneyTest extends BrowserTestSupport {

    private static final String COUNSELLOR = "counsellor@taawun.test";

    @Autowired
    Handoffs handoffs;

    @Test
    void counsellorTakesAnswersAndClosesWhileThePersonWrites() {
        ConversationKey key = new ConversationKey(ChatChannel.WEB, "journey-" + UUID.randomUUID());
        String handle = handoffs.request(key, "en", "LEGAL_AID", false);
        handoffs.personWrote(key, "I want to leave the house");
        try (BrowserContext context = context("en", true)) {
            Page page = context.newPage();
            page.onDialog(dialog -> dialog.accept());
            signIn(page, COUNSELLOR);

            page.navigate(url("/support/console?lang=en"));
            Locator row = page.locator("#queue tr").filter(new Locator.FilterOptions().setHasText(handle));
            assertThat(row).containsText("Legal aid");
            row.locator("button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/support/console/[0-9a-f-]{36}$"));
            assertThat(page.locator("#messages")).containsText("I want to leave the house");

            handoffs.personWrote(key, "He comes back at six");
            assertThat(page.locator("#messages")).containsText("He comes back at six");

            page.locator("textarea[name=text]").fill("You can call 8350 at any hour.");
            page.locator("form[action$='/reply'] button[type=submit]").click();
            assertThat(page.locator("#messages")).containsText("You can call 8350 at any hour.");

            page.locator("form[action$='/close'] button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/support/console$"));
            assertThat(page.locator("p.notice")).containsText("The conversation is closed.");
            assertThat(handoffs.isOpen(key)).isFalse();
        }
    }

    @Test
    void theConsoleWorksWithoutJavaScript() {
        ConversationKey key = new ConversationKey(ChatChannel.WEB, "journey-" + UUID.randomUUID());
        String handle = handoffs.request(key, "fr", null, true);
        try (BrowserContext context = context("fr", false)) {
            Page page = context.newPage();
            signIn(page, COUNSELLOR);

            page.navigate(url("/support/console?lang=fr"));
            page.locator("#queue tr")
                    .filter(new Locator.FilterOptions().setHasText(handle))
                    .locator("button[type=submit]")
                    .click();
            page.waitForURL(Pattern.compile(".*/support/console/[0-9a-f-]{36}$"));
            assertThat(page.locator("#messages")).containsText("Elle n’a rien écrit");

            handoffs.personWrote(key, "Je suis là");
            page.getByText("Actualiser").click();
            assertThat(page.locator("#messages")).containsText("Je suis là");

            page.locator("textarea[name=text]").fill("Bonjour, je vous écoute.");
            page.locator("form[action$='/reply'] button[type=submit]").click();
            assertThat(page.locator("#messages")).containsText("Bonjour, je vous écoute.");
            assertThat(handoffs.isOpen(key)).isTrue();
        }
    }
}
