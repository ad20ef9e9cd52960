package org.taawun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Debian's Chromium driven by Playwright against the application on a random port. Browser tests are skipped, never
 * failed, when {@code /usr/bin/chromium} is not installed.
 */
@EnabledIf(
        value = "org.taawun.browser.BrowserTestSupport#chromiumInstalled",
        disabledReason = BrowserTestSupport.NO_CHROMIUM)
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTestSupport {

    static final String NO_CHROMIUM =
            "Browser journeys skipped: no executable Chromium at /usr/bin/chromium (apt-get install chromium)";
    static final String PASSWORD = "taawun-demo";
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    @BeforeAll
    static void launchBrowser() {
        Assumptions.assumeTrue(chromiumInstalled(), NO_CHROMIUM);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    BrowserContext context(String locale, boolean javaScript) {
        return browser.newContext(
                new Browser.NewContextOptions().setLocale(locale).setJavaScriptEnabled(javaScript));
    }

    void signIn(Page page, String email) {
        page.navigate(url("/login"));
        Locator login = page.locator("form[action$='/login']");
        login.locator("input[name=email]").fill(email);
        login.locator("input[name=password]").fill(PASSWORD);
        login.locator("button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.locator("form[action$='/logout']")).hasCount(1);
    }

    static void switchToFrench(Page page) {
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Français").setExact(true))
                .click();
        page.waitForURL(Pattern.compile(".*[?&]lang=fr$"));
        assertDirection(page, "fr", "ltr");
    }

    static void assertDirection(Page page, String lang, String dir) {
        Locator html = page.locator("html");
        assertThat(html).hasAttribute("lang", lang);
        assertThat(html).hasAttribute("dir", dir);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
