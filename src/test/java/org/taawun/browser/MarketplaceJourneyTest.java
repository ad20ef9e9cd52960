package org.taawun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The marketplace in a real browser: a customer finds amlou in Arabic and in Latin letters, fills one cart from two
 * cooperatives, orders as a guest with cash on delivery and follows the order; each manager sees her own part, and
 * the first accepts and ships it. The customer's part again with JavaScript disabled.
 */
class MarketplaceJourneyTest extends BrowserTestSupport {

    @Test
    void aGuestOrdersFromTwoCooperativesAndTheManagersHandleTheirParts() {
        try (BrowserContext customer = context("fr", true);
                BrowserContext manager1 = context("fr", true);
                BrowserContext manager2 = context("fr", true)) {
            Page page = customer.newPage();
            String tracking = orderAmlouAndOliveOil(page, true);
            String amlouPart = partNumber(page, "TIWIZI-");
            String olivePart = partNumber(page, "NOUR-");

            Page second = manager2.newPage();
            signIn(second, "manager2@taawun.test");
            second.navigate(url("/manage"));
            second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Commandes"))
                    .click();
            assertThat(second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(olivePart)))
                    .isVisible();
            assertThat(second.getByText(amlouPart)).hasCount(0);

            Page first = manager1.newPage();
            signIn(first, "manager1@taawun.test");
            first.navigate(url("/manage"));
            first.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Commandes"))
                    .click();
            first.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(amlouPart))
                    .click();
            first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter"))
                    .click();
            assertThat(first.getByRole(AriaRole.STATUS)).hasText("Enregistré.");
            first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Expédiée"))
                    .click();
            assertThat(first.locator("h1 .tag")).hasText("Expédiée");

            page.navigate(tracking);
            Locator part = page.locator("[data-testid=part]").filter(new Locator.FilterOptions().setHasText(amlouPart));
            assertThat(part.locator("[data-testid=part-status]")).hasText("Expédiée");
            Locator other =
                    page.locator("[data-testid=part]").filter(new Locator.FilterOptions().setHasText(olivePart));
            assertThat(other.locator("[data-testid=part-status]")).hasText("Nouvelle");
        }
    }

    @Test
    void theCustomerJourneyWorksWithoutJavaScript() {
        try (BrowserContext customer = context("fr", false)) {
            Page page = customer.newPage();
            orderAmlouAndOliveOil(page, false);
            assertThat(page.locator("[data-testid=part]")).hasCount(2);
        }
    }

    /** Searches, fills the cart from two cooperatives, orders; returns the tracking page's address. */
    private String orderAmlouAndOliveOil(Page page, boolean javaScript) {
        page.navigate(url(
                "/search?lang=fr&q=" + java.net.URLEncoder.encode("أملو", java.nio.charset.StandardCharsets.UTF_8)));
        // The demo amlou (other tests of this JVM add their own amlou, at other prices).
        Locator amlou = page.locator("a.product")
                .filter(new Locator.FilterOptions().setHasText("Amlou aux amandes"))
                .filter(new Locator.FilterOptions().setHasText("65,00"));
        assertThat(amlou).hasCount(1);
        page.navigate(url("/search?q=amlou"));
        amlou.click();
        page.waitForURL(Pattern.compile(".*/p/[0-9a-f-]{36}$"));
        addToCart(page, javaScript);

        page.navigate(url("/search?q=huile+d%27olive"));
        page.locator("a.product")
                .filter(new Locator.FilterOptions().setHasText("Huile d'olive vierge extra"))
                .filter(new Locator.FilterOptions().setHasText("85,00"))
                .click();
        page.waitForURL(Pattern.compile(".*/p/[0-9a-f-]{36}$"));
        addToCart(page, javaScript);

        page.navigate(url("/cart"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Coopérative Tiwizi Argan")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Coopérative Nour Khouribga")))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Commander"))
                .click();

        page.getByLabel("Nom complet").fill("Hajar Client");
        page.getByLabel("Téléphone").fill("06 61 00 00 01");
        page.getByLabel("Adresse").fill("3 rue Oukaimeden");
        page.getByLabel("Ville").fill("Marrakech");
        page.getByLabel("Région").selectOption("MA-07");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer la commande"))
                .click();
        page.waitForURL(Pattern.compile(".*/orders/track/[A-Za-z0-9_-]+.*"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Merci");
        assertThat(page.locator("[data-testid=part-status]")).hasCount(2);
        return page.url().replaceAll("\\?.*$", "");
    }

    private void addToCart(Page page, boolean javaScript) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter au panier"))
                .click();
        if (javaScript) {
            assertThat(page.locator("#cart-status")).containsText("Ajouté à votre panier");
        } else {
            page.waitForURL(Pattern.compile(".*/cart$"));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ajouté à votre panier");
        }
    }

    private static String partNumber(Page page, String prefix) {
        return page.locator("[data-testid=part] h2 span")
                .getByText(Pattern.compile("^" + prefix + ".*"))
                .first()
                .textContent()
                .trim();
    }
}
