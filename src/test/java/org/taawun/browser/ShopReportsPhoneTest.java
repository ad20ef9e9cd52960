package org.taawun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.taawun.Fixtures;
import org.taawun.catalog.Category;
import org.taawun.identity.TaawunUser;
import org.taawun.ordering.OrderFixtures;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.money.Money;
import org.taawun.shop.SaleRows;
import org.taawun.shop.domain.ConsignmentKind;
import org.taawun.shop.domain.ConsignmentRecorder;
import org.taawun.shop.domain.RecordConsignment;

/**
 * The shop manager's reports on a 360 x 740 phone in Arabic and French (charts and tables fit without horizontal
 * scrolling; the charts run right to left in Arabic), and the cooperative manager's sold units on her consignment
 * page. Screenshots are kept in {@code target/screenshots/}.
 */
class ShopReportsPhoneTest extends BrowserTestSupport {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrderFixtures orders;

    @Autowired
    ConsignmentRecorder recorder;

    @Autowired
    SaleRows rows;

    UUID shop;
    TaawunUser manager;
    String productName;

    @BeforeEach
    void aShopWithDepositsSalesAndAReturn() {
        shop = fixtures.shop();
        manager = fixtures.shopManager(shop);
        productName = "Huile rapport " + UUID.randomUUID().toString().substring(0, 8);
        UUID oil = orders.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "زيت التقرير", productName, "80", 6);
        UUID carpet = orders.product(
                "manager2@taawun.test",
                DemoIds.COOP_KHOURIBGA,
                "زربية",
                "Tapis rapport " + UUID.randomUUID(),
                "900",
                2);
        Fixtures.as(manager, () -> {
            recorder.record(
                    shop,
                    ConsignmentKind.DEPOSIT,
                    new RecordConsignment(
                            DemoIds.COOP_ARGAN, List.of(new RecordConsignment.Line(oil, 6, Money.of("95", "MAD")))));
            return recorder.record(
                    shop,
                    ConsignmentKind.DEPOSIT,
                    new RecordConsignment(
                            DemoIds.COOP_KHOURIBGA,
                            List.of(new RecordConsignment.Line(carpet, 2, Money.of("1250", "MAD")))));
        });
        Instant now = Instant.now();
        for (int day = 1; day <= 12; day += 3) {
            rows.sale(
                    shop,
                    now.minus(day, ChronoUnit.DAYS),
                    new SaleRows.Line(oil, DemoIds.COOP_ARGAN, Category.ARGAN_OIL, 1, "95"));
        }
        UUID sale = rows.sale(
                shop,
                now.minus(2, ChronoUnit.DAYS),
                new SaleRows.Line(carpet, DemoIds.COOP_KHOURIBGA, Category.CARPETS, 1, "1250"),
                new SaleRows.Line(oil, DemoIds.COOP_ARGAN, Category.ARGAN_OIL, 1, "95"));
        rows.returned(shop, sale, now.minus(1, ChronoUnit.DAYS), 2, 1, "95");
    }

    @Test
    void theReportsFitAPhoneInArabicAndFrenchAndTheCooperativeSeesHerSoldUnits() {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("ar", "fr")) {
            try (BrowserContext context = phone(lang)) {
                Page page = context.newPage();
                signInWith(page, manager.getUsername(), Fixtures.PASSWORD);
                check(page, lang, "shop-reports", "/shop/" + shop + "/reports?lang=" + lang, problems);
                assertThat(page.locator("main svg[role=img]")).hasCount(3);
                assertThat(page.locator("main svg[role=img]").first())
                        .hasAttribute("direction", "ar".equals(lang) ? "rtl" : "ltr");
                assertThat(page.locator("table.stock-age tbody tr")).hasCount(2);
                for (int i = 0; i < 2; i++) {
                    page.locator("main svg[role=img]")
                            .nth(i)
                            .screenshot(new Locator.ScreenshotOptions()
                                    .setPath(SCREENSHOTS.resolve("chart-" + lang + "-" + i + ".png")));
                }
            }
            try (BrowserContext context = phone(lang)) {
                Page page = context.newPage();
                signIn(page, "manager1@taawun.test");
                check(
                        page,
                        lang,
                        "cooperative-sold",
                        "/manage/cooperatives/" + DemoIds.COOP_ARGAN + "/consignments?lang=" + lang,
                        problems);
                Locator row = page.locator("table.sold tbody tr")
                        .filter(new Locator.FilterOptions()
                                .setHasText("ar".equals(lang) ? "زيت التقرير" : productName));
                // five sold in the last 30 days, one returned; the rows written here took no stock (the till does)
                assertThat(row.locator("td.sold-units")).hasText("5");
                assertThat(row.locator("td").nth(3)).hasText("1");
                assertThat(row.locator("td").nth(5)).hasText("6");
            }
        }
        assertThat(problems).isEmpty();
    }

    private BrowserContext phone(String lang) {
        return browser.newContext(new Browser.NewContextOptions()
                .setLocale(lang)
                .setViewportSize(360, 740)
                .setDeviceScaleFactor(1)
                .setIsMobile(true)
                .setHasTouch(true));
    }

    private void signInWith(Page page, String email, String password) {
        page.navigate(url("/login"));
        Locator login = page.locator("form[action$='/login']");
        login.locator("input[name=email]").fill(email);
        login.locator("input[name=password]").fill(password);
        login.locator("button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    private void check(Page page, String lang, String name, String path, List<String> problems) {
        page.navigate(url(path));
        page.waitForLoadState();
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("phone-" + lang + "-" + name + ".png"))
                .setFullPage(true));
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        Number innerWidth = (Number) page.evaluate("() => window.innerWidth");
        if (scrollWidth.intValue() > innerWidth.intValue()) {
            problems.add(lang + "/" + name + ": " + scrollWidth + " px wide on a " + innerWidth + " px screen");
        }
        Locator buttons = page.locator("main a.button, main button");
        for (int i = 0; i < buttons.count(); i++) {
            if (buttons.nth(i).isVisible() && buttons.nth(i).boundingBox().height < 44) {
                problems.add(lang + "/" + name + ": button '" + buttons.nth(i).innerText() + "' under 44 px");
            }
        }
    }
}
