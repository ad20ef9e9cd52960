package org.taawun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.taawun.Fixtures;
import org.taawun.identity.TaawunUser;
import org.taawun.shop.TillFixtures;
import org.taawun.shop.domain.Amount;
import org.taawun.shop.domain.RecordSale;
import org.taawun.shop.domain.SaleRecorder;

/**
 * A till receipt on a 360 px phone in Arabic (right to left) and French: no horizontal scrolling, its two actions at
 * least 44 px tall. Screenshots in {@code target/screenshots/}.
 */
class ReceiptPhoneTest extends BrowserTestSupport {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TillFixtures till;

    @Autowired
    SaleRecorder recorder;

    @Test
    void theReceiptFitsA360PixelPhoneInArabicAndFrench() {
        UUID shop = fixtures.shop();
        TaawunUser manager = fixtures.shopManager(shop);
        TaawunUser cashier = till.cashier(shop);
        till.openSession(shop, cashier.id());
        UUID oil = till.onShelf(shop, manager, "Huile d’argan extra vierge pressée à froid", "165.50", 3);
        UUID sale = UUID.randomUUID();
        Fixtures.as(
                cashier,
                () -> recorder.record(
                        shop,
                        new RecordSale(
                                sale,
                                Instant.now(),
                                null,
                                false,
                                List.of(new RecordSale.Line(oil, 2, null, null, null)),
                                List.of(
                                        new RecordSale.Payment("CARD", Amount.of("100"), "TPE-0042-99887766"),
                                        new RecordSale.Payment("CASH", Amount.of("300"), null)))));
        String email = cashier.getUsername();
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("ar", "fr")) {
            try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                    .setLocale(lang)
                    .setViewportSize(360, 740)
                    .setDeviceScaleFactor(1)
                    .setIsMobile(true)
                    .setHasTouch(true))) {
                Page page = phone.newPage();
                signIn(page, email, Fixtures.PASSWORD);
                page.navigate(url("/shop/" + shop + "/sales/" + sale + "/receipt?lang=" + lang));
                assertDirection(page, lang, "ar".equals(lang) ? "rtl" : "ltr");
                int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                if (width > 360) {
                    problems.add(lang + ": page is " + width + " px wide");
                }
                Locator actions = page.locator("main .actions a");
                assertThat(actions.count()).isEqualTo(2);
                for (int i = 0; i < actions.count(); i++) {
                    if (actions.nth(i).boundingBox().height < 44) {
                        problems.add(lang + ": action " + i + " under 44 px");
                    }
                }
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Paths.get("target", "screenshots", lang + "-sale-receipt.png"))
                        .setFullPage(true));
            }
        }
        assertThat(problems).isEmpty();
    }

    private void signIn(Page page, String email, String password) {
        page.navigate(url("/login"));
        Locator login = page.locator("form[action$='/login']");
        login.locator("input[name=email]").fill(email);
        login.locator("input[name=password]").fill(password);
        login.locator("button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
    }
}
