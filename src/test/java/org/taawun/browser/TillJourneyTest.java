package org.taawun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.Fixtures;
import org.taawun.identity.TaawunUser;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shop.TillFixtures;

/**
 * The cashier's day at the till, in a real Chromium: she opens a session with a float, scans two items (codes typed
 * by a keyboard-wedge scanner, then Enter), takes cash and sees the change and the receipt. The network drops: she
 * makes three sales, reloads the till while still offline (the page comes from the service worker, the three sales
 * from IndexedDB), the network comes back and the three are recorded exactly once. She closes the session with a
 * difference and gets the Z report.
 */
class TillJourneyTest extends BrowserTestSupport {

    private static final Pattern RECEIPT_NUMBER = Pattern.compile("R-\\d{4}-\\d{6}");
    private static final double TIMEOUT = 30_000;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TillFixtures till;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSessionOnlineAndOfflineSalesRecordedOnceAndTheClosing() {
        UUID shop = fixtures.shop();
        TaawunUser manager = fixtures.shopManager(shop);
        TaawunUser cashier = till.cashier(shop);
        UUID oil = till.onShelf(shop, manager, "Huile journée", "35.00", 10);
        UUID soap = till.onShelf(shop, manager, "Savon journée", "12.50", 10);
        String oilCode = code(shop, oil);
        String soapCode = code(shop, soap);

        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("fr").setViewportSize(800, 1280))) {
            Page page = context.newPage();
            signInWithFixturePassword(page, cashier.getUsername());
            page.navigate(url("/shop/till?lang=fr"));
            page.waitForURL(Pattern.compile(".*/shop/" + shop + "/till.*"));
            ready(page);

            // opens her session with a float of 200
            assertThat(page.locator("#till-open")).isVisible();
            page.locator("#till-float").fill("200");
            page.locator("#till-open-form button[type=submit]").click();
            assertThat(page.locator("#till-sell")).isVisible();

            // scans two items, pays cash, sees the change and the receipt
            scan(page, oilCode);
            scan(page, soapCode);
            assertThat(page.locator("#till-cart li.till-line")).hasCount(2);
            assertThat(page.locator("#till-total")).containsText("47.50");
            page.locator("#till-amount").fill("100");
            page.locator("#till-pay-add").click();
            assertThat(page.locator("#till-change")).containsText("52.50");
            page.locator("#till-confirm").click();
            assertThat(page.locator("#till-receipt")).isVisible();
            assertThat(page.locator("#till-receipt-change")).containsText("52.50");
            assertThat(page.locator("#till-receipt-number")).hasText(RECEIPT_NUMBER, timeout());
            Locator receipt = page.locator("#till-receipt-link");
            assertThat(receipt).isVisible();
            APIResponse receiptPage = context.request().get(url(receipt.getAttribute("href")));
            assertThat(receiptPage.status()).isEqualTo(200);
            assertThat(receiptPage.text())
                    .contains(page.locator("#till-receipt-number").innerText());

            // the page, its script and stylesheets are kept for offline use
            assertThat(page.locator("body")).hasAttribute("data-till-offline", "ready", attribute());

            context.setOffline(true);
            for (int i = 0; i < 3; i++) {
                page.locator("#till-next").click();
                scan(page, oilCode);
                page.locator("#till-pay-add").click(); // the amount due, in cash
                page.locator("#till-confirm").click();
                assertThat(page.locator("#till-receipt")).isVisible();
            }
            assertThat(page.locator("#till-queue")).containsText("3");

            page.reload();
            ready(page);
            assertThat(page.locator("#till-queue")).isVisible();
            assertThat(page.locator("#till-queue")).containsText("3");
            assertThat(page.locator("#till-sell")).isVisible();
            // (Chromium may report navigator.onLine wrongly after a reload under emulation: the network is what counts)
            page.waitForTimeout(1000);
            assertThat(salesOf(shop)).isEqualTo(1);

            context.setOffline(false);
            assertThat(page.locator("#till-queue"))
                    .isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(TIMEOUT));
            assertThat(salesOf(shop)).isEqualTo(4);
            assertThat(jdbc.sql("select count(*) from shop.sales where shop_id = ? and offline")
                            .param(shop)
                            .query(Long.class)
                            .single())
                    .isEqualTo(3);
            assertThat(page.locator("#till-attention")).isHidden();

            // closes with 200 counted where 200 + 47.50 + 3 x 35 are expected
            page.locator("button[data-show=till-close]").click();
            Locator counts = page.locator("#till-denominations input");
            assertThat(counts.first()).isVisible();
            page.locator("#till-denominations input[data-denomination='200']").fill("1");
            assertThat(page.locator("#till-counted")).containsText("200.00");
            page.locator("#till-close-form button[type=submit]").click();
            assertThat(page.locator("#till-closed")).isVisible();
            assertThat(page.locator("#till-closed-expected")).containsText("352.50");
            assertThat(page.locator("#till-closed-difference")).containsText("-152.50");
            Locator zReport = page.locator("#till-zreport");
            assertThat(zReport).isVisible();
            APIResponse pdf = context.request().get(url(zReport.getAttribute("href")));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }

        // the cooperative's manager sees her oil sold at the shop: one unit online, three offline
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("fr").setViewportSize(800, 1280))) {
            Page page = context.newPage();
            signIn(page, "manager1@taawun.test", "taawun-demo");
            page.navigate(url("/manage/cooperatives/" + DemoIds.COOP_ARGAN + "/consignments?lang=fr"));
            Locator oilRow = page.locator("#sold tr").filter(new Locator.FilterOptions().setHasText("Huile journée"));
            assertThat(oilRow.locator(".sold-units")).hasText("4");
        }
    }

    /** On a 360 px phone, in Arabic and French: the till fits the screen and its buttons are 44 px tall or more. */
    @Test
    void theTillFitsAPhone() {
        UUID shop = fixtures.shop();
        TaawunUser manager = fixtures.shopManager(shop);
        TaawunUser cashier = till.cashier(shop);
        String code = code(shop, till.onShelf(shop, manager, "Amlou téléphone", "60.00", 3));
        till.openSession(shop, cashier.id());
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("ar", "fr")) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setLocale(lang)
                    .setViewportSize(360, 740)
                    .setIsMobile(true)
                    .setHasTouch(true))) {
                Page page = context.newPage();
                signInWithFixturePassword(page, cashier.getUsername());
                page.navigate(url("/shop/" + shop + "/till?lang=" + lang));
                ready(page);
                assertThat(page.locator("html")).hasAttribute("dir", "ar".equals(lang) ? "rtl" : "ltr");
                scan(page, code);
                assertThat(page.locator("#till-cart li.till-line")).hasCount(1);
                Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
                if (scrollWidth.intValue() > 360) {
                    problems.add(lang + ": " + scrollWidth + " px wide");
                }
                Locator buttons = page.locator("main button, main a.button, main input:not([type=radio])");
                for (int i = 0; i < buttons.count(); i++) {
                    BoundingBox box = buttons.nth(i).boundingBox();
                    if (buttons.nth(i).isVisible() && box != null && box.height < 44) {
                        problems.add(lang + ": " + buttons.nth(i).evaluate("e => e.outerHTML") + " is "
                                + Math.round(box.height) + " px tall");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private void ready(Page page) {
        assertThat(page.locator("body")).hasAttribute("data-till-ready", "true", attribute());
    }

    private static void scan(Page page, String code) {
        page.locator("#till-code").focus();
        page.keyboard().type(code);
        page.keyboard().press("Enter");
    }

    private String code(UUID shop, UUID item) {
        return jdbc.sql("select code from shop.shelf_items where shop_id = ? and variant_id = ?")
                .params(shop, item)
                .query(String.class)
                .single();
    }

    private long salesOf(UUID shop) {
        return till.salesOf(shop);
    }

    private static LocatorAssertions.HasTextOptions timeout() {
        return new LocatorAssertions.HasTextOptions().setTimeout(TIMEOUT);
    }

    private static LocatorAssertions.HasAttributeOptions attribute() {
        return new LocatorAssertions.HasAttributeOptions().setTimeout(TIMEOUT);
    }

    private void signInWithFixturePassword(Page page, String email) {
        signIn(page, email, Fixtures.PASSWORD);
    }

    private void signIn(Page page, String email, String password) {
        page.navigate(url("/login?lang=fr"));
        Locator login = page.locator("form[action$='/login']");
        login.locator("input[name=email]").fill(email);
        login.locator("input[name=password]").fill(password);
        login.locator("button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
    }
}
