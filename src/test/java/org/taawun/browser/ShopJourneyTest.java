package org.taawun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.taawun.shared.demo.DemoIds;

/**
 * The shop on a 360 x 740 phone, in Arabic and French: its settings page, the deposit form and a deposit's page with
 * its receipt link fit the screen with 44 px tap targets. And the journey: the shop manager records a deposit of two
 * lines, gets the signed note and the labels as PDFs, and the cooperative's manager sees the deposit and its note.
 */
class ShopJourneyTest extends BrowserTestSupport {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;
    private static final double MIN_TARGET = 44;
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String TARGETS =
            "header.top a, header.top button, main a.button, main button," + " main input[type=submit]";
    private static final String SHOP = "/shop/" + DemoIds.SHOP_KHOURIBGA;

    @Test
    void theShopPagesFitAPhoneInArabic() {
        shopPagesFit("ar");
    }

    @Test
    void theShopPagesFitAPhoneInFrench() {
        shopPagesFit("fr");
    }

    @Test
    void aDepositOfTwoLinesIsRecordedPrintedAndSeenByTheCooperative() {
        String number;
        try (BrowserContext context = phone("fr")) {
            Page page = context.newPage();
            signIn(page, "shop-manager@taawun.test");
            assertThat(page).hasURL(Pattern.compile(".*" + SHOP + "$"));
            page.navigate(url(SHOP + "?lang=fr"));
            page.locator("main a.button[href$='/deposits/new']").click();
            page.locator("select[name=cooperativeId]").selectOption(DemoIds.COOP_ARGAN.toString());
            page.locator("main form[method=get] button[type=submit]").click();
            Locator quantities = page.locator("input[name=quantity]");
            assertThat(quantities.first()).isVisible();
            quantities.nth(0).fill("2");
            quantities.nth(1).fill("1");
            page.locator("main form[method=post] button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/consignments/[0-9a-f-]{36}\\?recorded$"));
            number = page.locator("main h1 bdi").innerText().strip();
            assertThat(number).matches("D-\\d{4}-\\d{4}");
            assertThat(page.locator("main tbody tr")).hasCount(2);

            APIResponse receipt = context.request()
                    .get(url(page.locator("main a[href$='/receipt.pdf']").getAttribute("href")));
            assertPdf(receipt);
            APIResponse labels = context.request()
                    .get(url(page.locator("main a[href$='/labels.pdf']").getAttribute("href")));
            assertPdf(labels);
        }
        try (BrowserContext context = phone("fr")) {
            Page page = context.newPage();
            signIn(page, "manager1@taawun.test");
            page.navigate(url("/manage/cooperatives/" + DemoIds.COOP_ARGAN + "?lang=fr"));
            page.locator("main a.button[href$='/consignments']").click();
            Locator row = page.locator("main tbody tr", new Page.LocatorOptions().setHasText(number));
            assertThat(row).hasCount(1);
            assertThat(row).containsText("UNFM Market Khouribga");
            assertPdf(context.request()
                    .get(url(row.locator("a[href$='/receipt.pdf']").getAttribute("href"))));
        }
    }

    private void shopPagesFit(String lang) {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = phone(lang)) {
            Page page = context.newPage();
            signIn(page, "shop-manager@taawun.test");
            check(page, lang, "shop-settings", SHOP + "/settings?lang=" + lang, problems);
            assertThat(page.locator("input[name=maxLineDiscount]")).isVisible();
            check(
                    page,
                    lang,
                    "shop-deposit-form",
                    SHOP + "/deposits/new?cooperativeId=" + DemoIds.COOP_ARGAN,
                    problems);
            page.locator("input[name=quantity]").first().fill("1");
            page.locator("main form[method=post] button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/consignments/.*"));
            check(page, lang, "shop-deposit", null, problems);
            assertThat(page.locator("main a[href$='/receipt.pdf']")).isVisible();
            check(page, lang, "shop-deposits", SHOP + "/deposits", problems);
        }
        assertThat(problems).isEmpty();
    }

    private static void assertPdf(APIResponse response) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).startsWith("application/pdf");
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private BrowserContext phone(String lang) {
        return browser.newContext(new Browser.NewContextOptions()
                .setLocale(lang)
                .setViewportSize(WIDTH, HEIGHT)
                .setDeviceScaleFactor(1)
                .setIsMobile(true)
                .setHasTouch(true));
    }

    private void check(Page page, String lang, String name, String path, List<String> problems) {
        if (path != null) {
            page.navigate(url(path));
        }
        page.waitForLoadState();
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(page.locator("html")).hasAttribute("dir", "ar".equals(lang) ? "rtl" : "ltr");
        String where = lang + "/" + name;
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("phone-" + lang + "-" + name + ".png"))
                .setFullPage(true));
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        Number innerWidth = (Number) page.evaluate("() => window.innerWidth");
        if (scrollWidth.intValue() > innerWidth.intValue()) {
            problems.add(where + ": " + scrollWidth + " px wide on a " + innerWidth + " px screen");
        }
        Locator targets = page.locator(TARGETS);
        for (int i = 0; i < targets.count(); i++) {
            Locator target = targets.nth(i);
            if (!target.isVisible()) {
                continue;
            }
            BoundingBox box = target.boundingBox();
            if (box != null && box.height < MIN_TARGET) {
                problems.add(where + ": tap target '" + target.innerText().strip() + "' is " + Math.round(box.height)
                        + " px tall");
            }
        }
    }
}
