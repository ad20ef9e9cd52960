package org.taawun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.ordering.OrderFixtures;
import org.taawun.shared.demo.DemoIds;

/**
 * Ordering on a 360 x 740 phone without JavaScript, in Arabic and in French: the cart, the checkout (the pickup shops
 * only with pickup, the delivery fee and total before confirming, an empty address flagged and focused), the tracking
 * page and the manager's order page. No horizontal scrolling, primary actions at least 44 px tall, the product named
 * in the page's language and every inserted value isolated, so that a French name in an Arabic line stays in its
 * place. Screenshots in {@code target/screenshots/}.
 */
class OrderingPhoneTest extends BrowserTestSupport {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;
    private static final double MIN_TARGET = 44;
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String TARGETS =
            "main a.button, main button, main input[type=submit], .delivery-choice > label";
    private static final String NAME_AR = "أملو باللوز والعسل";
    private static final String NAME_FR = "Amlou aux amandes et au miel";

    @Autowired
    OrderFixtures products;

    @Autowired
    JdbcClient jdbc;

    /** "250 g" was written once: the Arabic pages show it with the Arabic unit. */
    @Test
    void orderingFitsAPhoneAndReadsRightInArabic() {
        orderOnAPhone("ar", NAME_AR + " — 250 غ", true);
    }

    @Test
    void orderingFitsAPhoneAndReadsRightInFrench() {
        orderOnAPhone("fr", NAME_FR + " — 250 g", false);
    }

    private void orderOnAPhone(String lang, String name, boolean rightToLeft) {
        UUID variant =
                products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, NAME_AR, NAME_FR, "250 g", "80.00", 20);
        // a few on the demo shop's shelf: pickup there is offered only where the units are
        products.atShop(variant, DemoIds.COOP_ARGAN, DemoIds.SHOP_KHOURIBGA, 5);
        UUID product = jdbc.sql("select product_id from catalog.variants where id = ?")
                .param(variant)
                .query(UUID.class)
                .single();
        List<String> problems = new ArrayList<>();
        String tracking;
        try (BrowserContext customer = phone(lang)) {
            Page page = customer.newPage();
            page.navigate(url("/p/" + product + "?lang=" + lang));
            page.locator("form[action$='/cart/lines'] button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/cart.*"));

            check(page, lang, "order-cart", problems);
            Locator row = page.locator("table.cart-lines tr").filter(new Locator.FilterOptions().setHasText(name));
            assertThat(row.locator("a[dir=auto]")).hasText(name);
            for (Locator cell : row.locator("td").all()) {
                assertThat(cell).hasAttribute("data-label", Pattern.compile(".*"));
            }
            page.locator("main a.button[href*='/checkout']").first().click();
            page.waitForURL(Pattern.compile(".*/checkout.*"));

            // home delivery is chosen: its fee and total show, the shops do not
            assertThat(page.locator("#method-HOME")).isChecked();
            assertThat(page.locator("select[name=shopId]")).not().isVisible();
            assertThat(page.locator("[data-testid=fee-home]")).isVisible();
            assertThat(page.locator("[data-testid=fee-home] strong")).hasText(Pattern.compile(".*\\d+,\\d{2}.*"));
            check(page, lang, "order-checkout-home", problems);
            // pickup: the shops show, the address and the fee of home delivery do not
            page.locator("label[for=method-PICKUP]").click();
            assertThat(page.locator("select[name=shopId]")).isVisible();
            assertThat(page.locator("textarea[name=address]")).not().isVisible();
            assertThat(page.locator("[data-testid=fee-home]")).not().isVisible();
            assertThat(page.locator("[data-testid=pickup-only] strong")).containsText("80,00");
            check(page, lang, "order-checkout-pickup", problems);
            page.locator("label[for=method-HOME]").click();
            assertThat(page.locator("select[name=shopId]")).not().isVisible();

            // the phone's prefix reads +212 whatever the page's direction
            assertThat(page.locator("input[name=phone]")).hasAttribute("dir", "ltr");
            assertThat(page.locator("input[name=phone]")).hasAttribute("placeholder", Pattern.compile("^\\+212 .*"));

            // an empty address with home delivery: flagged next to the field, which takes the focus
            page.locator("input[name=name]").fill("Hajar Client");
            page.locator("input[name=phone]")
                    .fill("066" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)));
            page.locator("input[name=city]").fill("Marrakech");
            page.locator("form[action$='/checkout'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("#address-error")).isVisible();
            assertThat(page.locator("textarea[name=address]")).isFocused();
            assertThat(page.locator("textarea[name=address]")).hasAttribute("aria-describedby", "address-error");
            check(page, lang, "order-checkout-error", problems);

            page.locator("textarea[name=address]").fill("3 rue Oukaimeden");
            page.locator("form[action$='/checkout'] button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/orders/track/.*"));
            tracking = page.url();
            check(page, lang, "order-tracking", problems);
            Locator line = page.locator("[data-testid=part] li[data-testid=line]")
                    .filter(new Locator.FilterOptions().setHasText(name));
            assertReadsInOrder(line, name, rightToLeft);
            assertThat(page.locator("[data-testid=part] h2 bdi").first())
                    .hasText(Pattern.compile("^TIWIZI-\\d{4}-\\d+$"));
        }
        String token = tracking.replaceAll(".*/orders/track/([^?#]+).*", "$1");
        UUID partId = jdbc.sql("select p.id from ordering.order_parts p join ordering.orders o on o.id = p.order_id"
                        + " where o.tracking_token = ? and p.cooperative_id = ?")
                .params(token, DemoIds.COOP_ARGAN)
                .query(UUID.class)
                .single();
        try (BrowserContext manager = phone(lang)) {
            Page page = manager.newPage();
            signIn(page, "manager1@taawun.test");
            page.navigate(url("/manage/orders/" + partId + "?lang=" + lang));
            check(page, lang, "order-manage", problems);
            assertReadsInOrder(
                    page.locator("li[data-testid=line]").filter(new Locator.FilterOptions().setHasText(name)),
                    name,
                    rightToLeft);
            assertThat(page.locator("main a[href^='tel:'] bdi[dir=ltr]")).hasText(Pattern.compile("^\\+2126\\d{8}$"));
            assertThat(page.locator("main h1 bdi")).hasText(Pattern.compile("^TIWIZI-\\d{4}-\\d+$"));
            assertThat(page.locator("main ol li bdi").first()).hasText(Pattern.compile(".*\\d{4}.*"));
        }
        assertThat(problems).isEmpty();
    }

    /**
     * "1 × name — price": the quantity, the name and the price each isolated, in the page's reading order (from the
     * right in Arabic), the name whole in the page's language.
     */
    private static void assertReadsInOrder(Locator line, String name, boolean rightToLeft) {
        assertThat(line).hasCount(1);
        Locator parts = line.locator("bdi");
        assertThat(parts).hasCount(3);
        assertThat(parts.nth(1)).hasText(name);
        // the first box of each (a long name wraps): on the same line, the quantity before the name as the page reads
        @SuppressWarnings("unchecked")
        List<Number> boxes = (List<Number>) line.evaluate("li => { const [q, n] = li.querySelectorAll('bdi');"
                + " const a = q.getClientRects()[0], b = n.getClientRects()[0];"
                + " return [a.top, a.left, a.right, b.top, b.left, b.right]; }");
        if (Math.abs(boxes.get(0).doubleValue() - boxes.get(3).doubleValue()) < 2) {
            boolean inOrder = rightToLeft
                    ? boxes.get(1).doubleValue() >= boxes.get(5).doubleValue()
                    : boxes.get(2).doubleValue() <= boxes.get(4).doubleValue();
            assertThat(inOrder)
                    .as("the quantity comes first in the reading order of the line: %s", boxes)
                    .isTrue();
        }
    }

    private BrowserContext phone(String lang) {
        return browser.newContext(new Browser.NewContextOptions()
                .setLocale(lang)
                .setJavaScriptEnabled(false)
                .setViewportSize(WIDTH, HEIGHT)
                .setDeviceScaleFactor(1)
                .setIsMobile(true)
                .setHasTouch(true));
    }

    /** Records overflow and small primary actions, saves a screenshot of the whole page. */
    private static void check(Page page, String lang, String name, List<String> problems) {
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
        Locator targets = page.locator(TARGETS);
        for (int i = 0; i < targets.count(); i++) {
            Locator target = targets.nth(i);
            if (!target.isVisible()) {
                continue;
            }
            BoundingBox box = target.boundingBox();
            if (box != null && box.height < MIN_TARGET) {
                problems.add(lang + "/" + name + ": tap target '"
                        + target.innerText().strip() + "' is " + Math.round(box.height) + " px tall");
            }
        }
    }
}
