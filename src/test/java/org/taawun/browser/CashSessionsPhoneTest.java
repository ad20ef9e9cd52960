package org.taawun.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.math.BigDecimal;
import java.nio.file.Paths;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.taawun.shared.demo.DemoIds;

/**
 * The shop manager's cash session pages on a 360 x 740 phone, in Arabic and French: the list as stacked cards and a
 * closed session's figures, with no horizontal scrolling and buttons at least 44 px tall; the manager approves it.
 */
class CashSessionsPhoneTest extends BrowserTestSupport {

    private static final String TARGETS = "header.top a, header.top button, main a.button, main button";

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"ar", "fr"})
    void theSessionPagesFitAPhone(String lang) {
        UUID session = closedSessionAtTheDemoShop();
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(lang)
                .setViewportSize(360, 740)
                .setDeviceScaleFactor(1)
                .setIsMobile(true)
                .setHasTouch(true))) {
            Page page = context.newPage();
            signIn(page, "shop-manager@taawun.test");
            page.navigate(url("/shop/" + DemoIds.SHOP_KHOURIBGA + "?lang=" + lang));
            page.locator("main a.button[href$='/cash-sessions']").click();
            page.waitForURL(u -> u.endsWith("/cash-sessions"));
            check(page, lang, "cash-sessions", problems);
            Locator link = page.locator("main a[href$='/cash-sessions/" + session + "']");
            assertThat(link).isVisible();

            link.click();
            page.waitForURL(u -> u.endsWith(session.toString()));
            check(page, lang, "cash-session", problems);
            assertThat(page.locator("main a.button[href$='/z-report.pdf']")).isVisible();
            assertThat(page.locator("main table.counts tbody tr")).hasCount(2);
            assertThat(page.locator("main table.flagged .tag")).hasCount(1);

            page.locator("main form[action$='/approval'] button").click();
            page.waitForURL(u -> u.contains("approved"));
            assertThat(page.locator("main .notice")).isVisible();
            assertThat(page.locator("main form[action$='/approval']")).hasCount(0);
            check(page, lang, "cash-session-approved", problems);
        }
        assertThat(problems).isEmpty();
        assertThat(jdbc.queryForObject("select status from shop.cash_sessions where id = ?", String.class, session))
                .isEqualTo("APPROVED");
    }

    private void check(Page page, String lang, String name, List<String> problems) {
        page.waitForLoadState();
        assertDirection(page, lang, "ar".equals(lang) ? "rtl" : "ltr");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "phone-" + lang + "-" + name + ".png"))
                .setFullPage(true));
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        Number innerWidth = (Number) page.evaluate("() => window.innerWidth");
        if (scrollWidth.intValue() > innerWidth.intValue()) {
            problems.add(lang + "/" + name + ": " + scrollWidth + " px wide on a " + innerWidth + " px screen");
        }
        Locator targets = page.locator(TARGETS);
        for (int i = 0; i < targets.count(); i++) {
            Locator target = targets.nth(i);
            BoundingBox box = target.isVisible() ? target.boundingBox() : null;
            if (box != null && box.height < 44) {
                problems.add(lang + "/" + name + ": '" + target.innerText().strip() + "' is " + Math.round(box.height)
                        + " px tall");
            }
        }
    }

    /** A session of a cashier at the demo shop, closed 4.50 MAD short, with one flagged sale (plain rows). */
    private UUID closedSessionAtTheDemoShop() {
        UUID session = UUID.randomUUID();
        UUID cashier = UUID.randomUUID();
        Instant opened = Instant.now().minus(8, ChronoUnit.HOURS);
        jdbc.update(
                "insert into shop.cash_sessions (id, shop_id, cashier_id, cashier_name, currency, opening_float,"
                        + " opened_at, status, closed_at, closed_by, expected_cash, counted_cash, counts)"
                        + " values (?, ?, ?, 'Samira Phone', 'MAD', 500, ?, 'CLOSED', now(), ?, 664.50, 660,"
                        + " cast(? as jsonb))",
                session,
                DemoIds.SHOP_KHOURIBGA,
                cashier,
                Timestamp.from(opened),
                cashier,
                "[{\"denomination\":\"200\",\"count\":3},{\"denomination\":\"20\",\"count\":3}]");
        UUID sale = UUID.randomUUID();
        int seq = 900_000 + (int) (Math.abs(sale.getLeastSignificantBits()) % 99_999);
        jdbc.update(
                "insert into shop.sales (id, shop_id, cash_session_id, cashier_id, number_year, number_seq, number,"
                        + " sold_at, recorded_at, currency, total, flag, request_hash)"
                        + " values (?, ?, ?, ?, 1999, ?, ?, ?, now(), 'MAD', ?, 'LATE', 'test')",
                sale,
                DemoIds.SHOP_KHOURIBGA,
                session,
                cashier,
                seq,
                "R-1999-" + seq,
                Timestamp.from(opened.plusSeconds(60)),
                new BigDecimal("164.50"));
        jdbc.update(
                "insert into shop.sale_payments (sale_id, position, method, tendered, amount)"
                        + " values (?, 1, 'CASH', 200, 164.50)",
                sale);
        return session;
    }
}
