package org.taawun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.taawun.Fixtures;
import org.taawun.catalog.Category;
import org.taawun.catalog.domain.ProductDetails;
import org.taawun.catalog.domain.ProductService;
import org.taawun.catalog.domain.ProductView;
import org.taawun.shared.demo.DemoIds;

/**
 * The catalogue's and the registry's pages on a 360 x 740 phone, in Arabic and in French: the product page, a
 * storefront, search, the manager's product form and the application form fit the screen, their primary actions are
 * at least 44 px tall, and the values inserted into lines of text (names, variant labels with units, prices, counts)
 * are isolated so that a line reads in the page's order. Screenshots go to {@code target/screenshots/}.
 */
class CatalogPhoneTest extends BrowserTestSupport {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;
    private static final double MIN_TARGET = 44;
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String PRIMARY = "main button[type=submit], main a.button, main summary.button";
    private static final String MANAGER = "manager1@taawun.test";

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProductService products;

    private ProductView amlou;
    private ProductView frenchOnly;

    @BeforeEach
    void products() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        // not the demo amlou's price (65,00): MarketplaceJourneyTest finds the demo one by name and price
        amlou = create(
                "أملو باللوز والعسل " + suffix,
                "Amlou aux amandes et au miel " + suffix,
                List.of(variant("250 غ", "250 g", "64.00"), variant("500 غ", "500 g", "120.50")));
        frenchOnly = create(null, "Tajine de Safi " + suffix, List.of(variant(null, null, "80.00")));
    }

    @Test
    void catalogPagesFitAPhoneAndReadRightInArabic() {
        pagesFitAndRead("ar", "rtl");
    }

    @Test
    void catalogPagesFitAPhoneAndReadRightInFrench() {
        pagesFitAndRead("fr", "ltr");
    }

    private void pagesFitAndRead(String lang, String dir) {
        List<String> problems = new ArrayList<>();
        try (BrowserContext customer = phone(lang)) {
            Page page = customer.newPage();

            check(page, lang, "product", "/p/" + amlou.id() + "?lang=" + lang, problems);
            assertDirection(page, lang, dir);
            Locator lines = page.locator("main label.check");
            assertThat(lines.count()).isEqualTo(2);
            Locator label = lines.first().locator("bdi.variant");
            Locator price = lines.first().locator("strong bdi");
            assertThat(label.innerText())
                    .as("the unit in the page's language")
                    .isEqualTo("ar".equals(lang) ? "250 غ" : "250 g");
            assertThat(isolated(label)).as("the variant's label is isolated").isTrue();
            assertThat(isolated(price)).as("the price is isolated").isTrue();
            BoundingBox labelBox = label.boundingBox();
            BoundingBox priceBox = price.boundingBox();
            assertThat(Math.abs(labelBox.y - priceBox.y))
                    .as("label and price on one line")
                    .isLessThan(labelBox.height);
            if ("rtl".equals(dir)) {
                assertThat(labelBox.x).as("the label comes first, on the right").isGreaterThan(priceBox.x);
            } else {
                assertThat(labelBox.x).as("the label comes first, on the left").isLessThan(priceBox.x);
            }
            assertThat(labelBox.width)
                    .as("'250 g' reads as one piece, not '250 — g'")
                    .isLessThan(60);

            check(page, lang, "product-fallback", "/p/" + frenchOnly.id() + "?lang=" + lang, problems);
            Locator title = page.locator("main h1");
            assertThat(title.innerText()).startsWith("Tajine de Safi");
            assertThat(title.evaluate("e => getComputedStyle(e).direction"))
                    .as("a French name runs left to right even on an Arabic page")
                    .isEqualTo("ltr");

            check(page, lang, "storefront", "/c/tiwizi-argan?lang=" + lang, problems);
            Locator cardName = page.locator("a.product strong[dir=auto]").first();
            assertThat(cardName.count()).isEqualTo(1);
            assertThat(isolated(page.locator("a.product .price bdi").first())).isTrue();
            String shown = "ar".equals(lang) ? amlou.nameAr() : amlou.nameFr();
            String other = "ar".equals(lang) ? amlou.nameFr() : amlou.nameAr();
            assertThat(cardsNamed(page, shown))
                    .as("named in the page's language")
                    .isEqualTo(1);
            assertThat(cardsNamed(page, other)).as("not in the other language").isZero();

            check(page, lang, "search", "/search?q=amlou&lang=" + lang, problems);
            String count = page.locator("main .sorts strong").innerText();
            assertThat(count).as("the count is isolated in its sentence").contains("\u2068");

            check(page, lang, "apply", "/apply?lang=" + lang, problems);
            page.locator("form[action$='/apply'] button[type=submit]").click();
            page.waitForLoadState();
            check(page, lang, "apply-errors", null, problems);
            assertThat(page.evaluate("() => document.activeElement.name")).isEqualTo("nameAr");
        }
        try (BrowserContext manager = phone(lang)) {
            Page page = manager.newPage();
            signIn(page, MANAGER);
            check(
                    page,
                    lang,
                    "product-form",
                    "/manage/cooperatives/" + DemoIds.COOP_ARGAN + "/products/new?lang=" + lang,
                    problems);
            page.locator("input[name=nameFr]").fill("Bol " + UUID.randomUUID());
            page.locator("input[name=photo]").setInputFiles(new FilePayload("bol.jpg", "image/jpeg", jpeg()));
            page.locator("input[name='variants[0].stock']").fill("3");
            page.locator("main form.stack button[type=submit]").click();
            page.waitForLoadState();
            check(page, lang, "product-form-errors", null, problems);
            assertThat(page.locator("figure.kept-photo img").isVisible())
                    .as("the chosen photo is kept")
                    .isTrue();
            assertThat(page.evaluate("() => document.activeElement.name")).isEqualTo("variants[0].price");
            page.locator("input[name='variants[0].price']").fill("120,50");
            page.locator("main form.stack button[type=submit]").click();
            page.waitForURL(u -> u.matches(".*/manage/products/[0-9a-f-]{36}.*"));
            check(page, lang, "product-saved", null, problems);
            assertThat(page.locator("main .gallery img").count())
                    .as("saved with its photo")
                    .isEqualTo(1);
            assertThat(page.locator("input[name='variants[0].price']").inputValue())
                    .isEqualTo("120,50");
        }
        assertThat(problems).isEmpty();
    }

    private BrowserContext phone(String lang) {
        return browser.newContext(new Browser.NewContextOptions()
                .setLocale(lang)
                .setViewportSize(WIDTH, HEIGHT)
                .setDeviceScaleFactor(1)
                .setIsMobile(true)
                .setHasTouch(true));
    }

    /** Opens the page (unless {@code path} is null), records overflow and small primary actions, keeps a screenshot. */
    private void check(Page page, String lang, String name, String path, List<String> problems) {
        if (path != null) {
            page.navigate(url(path));
        }
        page.waitForLoadState();
        String where = lang + "/" + name;
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("catalog-" + lang + "-" + name + ".png"))
                .setFullPage(true));
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        Number innerWidth = (Number) page.evaluate("() => window.innerWidth");
        if (scrollWidth.intValue() > innerWidth.intValue()) {
            problems.add(where + ": " + scrollWidth + " px wide on a " + innerWidth + " px screen");
        }
        Locator targets = page.locator(PRIMARY);
        for (int i = 0; i < targets.count(); i++) {
            Locator target = targets.nth(i);
            BoundingBox box = target.isVisible() ? target.boundingBox() : null;
            if (box != null && box.height < MIN_TARGET) {
                problems.add(
                        where + ": '" + target.innerText().strip() + "' is " + Math.round(box.height) + " px tall");
            }
        }
    }

    private static int cardsNamed(Page page, String name) {
        return page.locator("a.product strong", new Page.LocatorOptions().setHasText(name))
                .count();
    }

    /** Whether the element isolates its text from the line around it (a bdi, or unicode-bidi: isolate). */
    private static boolean isolated(Locator element) {
        return (Boolean) element.evaluate("e => e.tagName === 'BDI' || getComputedStyle(e).unicodeBidi === 'isolate'");
    }

    private ProductView create(String nameAr, String nameFr, List<ProductDetails.VariantDetails> variants) {
        return fixtures.asUser(
                MANAGER,
                () -> products.create(
                        DemoIds.COOP_ARGAN,
                        new ProductDetails(nameAr, nameFr, null, null, null, null, Category.POTTERY, 250, variants),
                        true));
    }

    private static ProductDetails.VariantDetails variant(String labelAr, String labelFr, String price) {
        return ProductDetails.VariantDetails.of(
                new org.taawun.catalog.VariantLabel(labelAr, labelFr, null), null, new BigDecimal(price), 5);
    }

    private static byte[] jpeg() {
        try {
            BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 640; x += 5) {
                image.setRGB(x, (x * 7) % 480, 0x8a5a2b);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
