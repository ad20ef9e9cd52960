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
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.taawun.Fixtures;
import org.taawun.identity.Role;
import org.taawun.identity.domain.AccountService;

/**
 * The identity pages on a 360 x 740 phone, in Arabic and in French: sign-in, sign-up, choosing a password, her account
 * and the administrators' list of people. None scrolls sideways, primary actions are at least 44 px tall, Arabic pages
 * show Western digits only, inserted names, e-mails and dates are isolated ({@code <bdi>}), and after a refusal the
 * first field in error has the focus even without JavaScript. Screenshots go to {@code target/screenshots/}.
 */
class IdentityPhoneTest extends BrowserTestSupport {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;
    private static final double MIN_TARGET = 44;
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String TARGETS =
            "header.top a, header.top button, main a.button, main button," + " main input[type=submit], main select";
    private static final Pattern EASTERN_DIGITS = Pattern.compile("[\\u0660-\\u0669\\u06F0-\\u06F9]");

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @ParameterizedTest
    @ValueSource(strings = {"ar", "fr"})
    void theIdentityPagesFitAPhone(String lang) {
        List<String> problems = new ArrayList<>();
        String name = "Violet-997 " + lang;
        String email = fixtures.uniqueEmail();
        accounts.signUpCustomer(name, email, Locale.forLanguageTag(lang));
        String link = fixtures.lastLinkSentTo(email);

        try (BrowserContext visitor = phone(lang, false)) {
            Page page = visitor.newPage();
            check(page, lang, "login", "/login?lang=" + lang, problems);
            check(page, lang, "signup", "/signup", problems);

            // a refused sign-up: the first field in error has the focus, without JavaScript
            page.locator("form[action$='/signup'] input[name=email]").fill("not-an-email");
            page.locator("form[action$='/signup'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("input[name=name]")).isFocused();
            assertThat(page.locator("input[name=name]")).hasAttribute("aria-describedby", "name-error");
            check(page, lang, "signup-refused", null, problems);

            check(page, lang, "set-password", "/signup/confirm?token=" + link, problems);
            page.locator("input[name=password]").fill("short");
            page.locator("input[name=confirm]").fill("short");
            page.locator("form[action$='/password/reset'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("input[name=password]")).isFocused();
            assertThat(page.locator("#password-rule")).hasCount(1);
            check(page, lang, "set-password-refused", null, problems);
            page.locator("input[name=password]").fill(PASSWORD);
            page.locator("input[name=confirm]").fill(PASSWORD);
            page.locator("form[action$='/password/reset'] button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/login\\?passwordSet$"));
        }
        try (BrowserContext customer = phone(lang, true)) {
            Page page = customer.newPage();
            page.navigate(url("/login?lang=" + lang));
            signInWith(page, email, PASSWORD);
            check(page, lang, "account", "/account", problems);
            assertIsolated(page, name, problems, lang + "/account");
            assertIsolated(page, email, problems, lang + "/account");
        }
        String admin = fixtures.uniqueEmail();
        accounts.inviteStaff(admin, "Admin " + lang, Set.of(Role.ADMIN), Locale.forLanguageTag(lang));
        accounts.setPasswordWithLink(fixtures.lastLinkSentTo(admin), PASSWORD);
        try (BrowserContext administrator = phone(lang, true)) {
            Page page = administrator.newPage();
            page.navigate(url("/login?lang=" + lang));
            signInWith(page, admin, PASSWORD);
            check(page, lang, "admin-users", "/admin/users?q=" + email, problems);
            Locator row = page.locator("main tbody tr").first();
            assertThat(row.locator("bdi", new Locator.LocatorOptions().setHasText(name)))
                    .hasCount(1);
            assertThat(row.locator("bdi", new Locator.LocatorOptions().setHasText(email)))
                    .hasCount(1);
            assertThat(row.locator("bdi", new Locator.LocatorOptions().setHasText(Pattern.compile("\\d{4}"))))
                    .not()
                    .hasCount(0);
            // the table is stacked on a phone: each cell shows its column's name
            for (Locator cell : row.locator("td").all()) {
                assertThat(cell.getAttribute("data-label")).isNotBlank();
            }
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

    private void signInWith(Page page, String email, String password) {
        Locator login = page.locator("form[action$='/login']");
        login.locator("input[name=email]").fill(email);
        login.locator("input[name=password]").fill(password);
        login.locator("button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.locator("form[action$='/logout']")).hasCount(1);
    }

    /** Opens the page (unless {@code path} is null), records overflow, small targets and Arabic-Indic digits. */
    private void check(Page page, String lang, String name, String path, List<String> problems) {
        if (path != null) {
            page.navigate(url(path));
        }
        page.waitForLoadState();
        assertDirection(page, lang, "ar".equals(lang) ? "rtl" : "ltr");
        String where = lang + "/" + name;
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("identity-" + lang + "-" + name + ".png"))
                .setFullPage(true));
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        if (scrollWidth.intValue() > WIDTH) {
            problems.add(where + ": " + scrollWidth + " px wide on a " + WIDTH + " px screen");
        }
        Locator targets = page.locator(TARGETS);
        for (int i = 0; i < targets.count(); i++) {
            Locator target = targets.nth(i);
            BoundingBox box = target.isVisible() ? target.boundingBox() : null;
            if (box != null && box.height < MIN_TARGET) {
                problems.add(where + ": tap target '" + target.innerText().strip() + "' is " + Math.round(box.height)
                        + " px tall");
            }
        }
        if ("ar".equals(lang)
                && EASTERN_DIGITS.matcher(page.locator("body").innerText()).find()) {
            problems.add(where + ": Arabic-Indic digits on the page");
        }
    }

    private static void assertIsolated(Page page, String value, List<String> problems, String where) {
        Locator holder = page.locator("main bdi", new Page.LocatorOptions().setHasText(value));
        if (holder.count() == 0) {
            problems.add(where + ": '" + value + "' is not inside a bdi element");
        }
    }
}
