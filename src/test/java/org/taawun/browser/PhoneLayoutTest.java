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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.shared.demo.DemoIds;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.Handoffs;

/**
 * Every main page on a 360 x 740 phone, in Arabic (right to left) and in French: no horizontal scrolling, header,
 * language, filter links and primary actions at least 44 px tall, search results before the filters. A screenshot
 * of each page is kept in {@code target/screenshots/} for a reviewer.
 */
class PhoneLayoutTest extends BrowserTestSupport {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;
    private static final double MIN_TARGET = 44;
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    /** Header and language links, filter and sort links, buttons and button-styled links. */
    private static final String TARGETS = "header.top a, header.top button, .facets a, .sorts a, main a.button,"
            + " main button, main input[type=submit]";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Handoffs handoffs;

    @Test
    void everyMainPageFitsA360PixelPhoneInArabic() {
        everyMainPageFits("ar");
    }

    @Test
    void everyMainPageFitsA360PixelPhoneInFrench() {
        everyMainPageFits("fr");
    }

    @Test
    void searchResultsComeBeforeTheFoldedFilters() {
        try (BrowserContext context = phone("fr", false)) {
            Page page = context.newPage();
            page.navigate(url("/search?lang=fr&q=argan"));
            Locator first = page.locator("a.product").first();
            Locator filters = page.locator(".facets");
            assertThat(first).isVisible();
            assertThat(page.locator(".facets details")).not().hasAttribute("open", "");
            assertThat(filters.boundingBox().height)
                    .as("folded filters take one button")
                    .isLessThan(2 * MIN_TARGET);
            BoundingBox box = first.boundingBox();
            assertThat(box.y)
                    .as("first result within the first screen (two taps' height of it at least)")
                    .isLessThan(HEIGHT - 2 * MIN_TARGET);
            // without JavaScript the filters still open from their one button and still work
            page.locator(".facets summary").click();
            Locator filterLink = filters.locator("a").first();
            assertThat(filterLink).isVisible();
            filterLink.click();
            page.waitForURL(Pattern.compile(".*/search\\?.*"));
            assertThat(page.locator("a.product").first()).isVisible();
        }
    }

    private void everyMainPageFits(String lang) {
        ConversationKey key = new ConversationKey(ChatChannel.WEB, "phone-" + UUID.randomUUID());
        handoffs.request(key, lang, "LEGAL_AID", false);
        List<String> problems = new ArrayList<>();
        try (BrowserContext customer = phone(lang, true)) {
            Page page = customer.newPage();
            check(page, lang, "home", "/?lang=" + lang, problems);
            check(page, lang, "storefront", "/c/tiwizi-argan", problems);
            String amlou = demoProduct(DemoIds.COOP_ARGAN);
            check(page, lang, "product", amlou, problems);
            check(page, lang, "search", "/search?q=argan", problems);
            openFilters(page);
            checkTargets(page, lang + "/search-filters", problems);

            addToCart(page, amlou);
            addToCart(page, demoProduct(DemoIds.COOP_KHOURIBGA));
            check(page, lang, "cart", "/cart", problems);
            assertThat(page.locator("main h3")).hasCount(2);
            page.locator("main a.button[href*='/checkout']").first().click();
            page.waitForURL(Pattern.compile(".*/checkout.*"));
            check(page, lang, "checkout", null, problems);
            placeOrder(page);

            check(page, lang, "login", "/login", problems);
            check(page, lang, "signup", "/signup", problems);
            check(page, lang, "apply", "/apply", problems);
            check(page, lang, "help", "/help", problems);
        }
        try (BrowserContext manager = phone(lang, true)) {
            Page page = manager.newPage();
            signIn(page, "manager1@taawun.test");
            check(page, lang, "manage", "/manage", problems);
            check(page, lang, "manage-orders", "/manage/cooperatives/" + DemoIds.COOP_ARGAN + "/orders", problems);
            Locator orderLink = page.locator("main a[href*='/manage/orders/']").first();
            assertThat(orderLink).isVisible();
            assertInside(orderLink, "order link", problems, lang);
        }
        try (BrowserContext counsellor = phone(lang, false)) {
            Page page = counsellor.newPage();
            signIn(page, "counsellor@taawun.test");
            check(page, lang, "console", "/support/console", problems);
            assertThat(page.locator("#queue form[action$='/take'] button").first())
                    .isVisible();
        }
        try (BrowserContext admin = phone(lang, true)) {
            Page page = admin.newPage();
            signIn(page, "admin@taawun.test");
            check(page, lang, "admin", "/admin", problems);
        }
        assertThat(problems).isEmpty();
    }

    private BrowserContext phone(String lang, boolean javaScript) {
        return browser.newContext(new Browser.NewContextOptions()
                .setLocale(lang)
                .setJavaScriptEnabled(javaScript)
                .setViewportSize(WIDTH, HEIGHT)
                .setDeviceScaleFactor(1)
                .setIsMobile(true)
                .setHasTouch(true));
    }

    /** Opens the page (unless {@code path} is null), records overflow and small targets, saves a screenshot. */
    private void check(Page page, String lang, String name, String path, List<String> problems) {
        if (path != null) {
            page.navigate(url(path));
        }
        page.waitForLoadState();
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        String where = lang + "/" + name;
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("phone-" + lang + "-" + name + ".png"))
                .setFullPage(true));
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        Number innerWidth = (Number) page.evaluate("() => window.innerWidth");
        if (scrollWidth.intValue() > innerWidth.intValue()) {
            problems.add(where + ": " + scrollWidth + " px wide on a " + innerWidth + " px screen; too wide: "
                    + page.evaluate(WIDEST));
        }
        checkTargets(page, where, problems);
    }

    /** The elements reaching past the screen's edges, to name them in the failure. */
    private static final String WIDEST = "() => [...document.querySelectorAll('main *, header *')]"
            + ".filter(e => { const r = e.getBoundingClientRect(); return r.width > 0"
            + " && (r.right > window.innerWidth + 1 || r.left < -1); })"
            + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width))";

    private static void checkTargets(Page page, String where, List<String> problems) {
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

    private static void assertInside(Locator element, String what, List<String> problems, String lang) {
        BoundingBox box = element.boundingBox();
        if (box.x < 0 || box.x + box.width > WIDTH) {
            problems.add(lang + ": " + what + " is cut off at x=" + box.x + ", width " + box.width);
        }
    }

    private static void openFilters(Page page) {
        Locator details = page.locator(".facets details");
        if (details.count() > 0) {
            page.locator(".facets summary").click();
        }
    }

    /**
     * A demo product of the cooperative that can be put in a cart: the oldest published one with units online (other
     * tests add products to the demo cooperatives, some sold out online or only on a shop's shelf).
     */
    private String demoProduct(UUID cooperative) {
        return "/p/"
                + jdbc.sql("select p.id from catalog.products p join inventory.stock_levels s on s.variant_id = p.id"
                                + " and s.location_id = p.cooperative_id where p.cooperative_id = ?"
                                + " and p.status = 'PUBLISHED' and s.on_hand - s.reserved > 2 order by p.created_at"
                                + " limit 1")
                        .param(cooperative)
                        .query(UUID.class)
                        .single();
    }

    private void addToCart(Page page, String product) {
        page.navigate(url(product));
        page.locator("form[action$='/cart/lines'] button[type=submit]").click();
        assertThat(page.locator("#cart-status")).not().isEmpty();
    }

    /** Orders as a guest, so that the first cooperative's manager has an order in her list. */
    private void placeOrder(Page page) {
        page.locator("input[name=name]").fill("Hajar Client");
        page.locator("input[name=phone]").fill("0661000001");
        page.locator("input[name=method][value=HOME]").check();
        page.locator("textarea[name=address]").fill("3 rue Oukaimeden");
        page.locator("input[name=city]").fill("Marrakech");
        page.locator("select[name=region]").selectOption("MA-07");
        page.locator("form[action$='/checkout'] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/orders/track/.*"));
    }
}
