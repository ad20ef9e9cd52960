package org.taawun.settlement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.TaawunUser;
import org.taawun.settlement.domain.PlatformRates;

/**
 * The administrator's commission page: a cooperative's rate is recorded and used from its instant; a rate outside
 * 0-100 %, with three decimals or from a past day is refused next to its field, in the page's language, and changes
 * nothing; only administrators reach the page.
 */
@TaawunTest
class AdminCommissionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlatformRates rates;

    @Test
    void aCooperativesRateIsRecordedAndRefusalsChangeNothing() throws Exception {
        TaawunUser admin = fixtures.user("admin@taawun.test");
        UUID cooperative = fixtures.verifiedCooperative();

        MockHttpServletResponse saved = record(admin, cooperative.toString(), "7,5", "", "fr");
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(rates.rateAt(cooperative, Instant.now())).isEqualByComparingTo("7.5");

        for (String bad : new String[] {"100.01", "-1", "abc", "12.345"}) {
            Document page = Jsoup.parse(
                    record(admin, cooperative.toString(), bad, "", "fr").getContentAsString());
            assertThat(page.select("#rate-error").text())
                    .as(bad)
                    .isEqualTo("Indiquez un taux entre 0 et 100 (deux décimales au plus).");
            assertThat(page.select("#rate").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.select("#rate").val()).isEqualTo(bad);
        }
        Document past = Jsoup.parse(record(
                        admin,
                        cooperative.toString(),
                        "3",
                        LocalDate.now().minusDays(2).toString(),
                        "ar")
                .getContentAsString());
        assertThat(past.select("#from-error").text()).isEqualTo("اختر اليوم أو يومًا قادمًا.");
        Document unknown = Jsoup.parse(
                record(admin, UUID.randomUUID().toString(), "3", "", "en").getContentAsString());
        assertThat(unknown.select(".field-error").text()).isEqualTo("This cooperative does not exist.");
        assertThat(rates.rateAt(cooperative, Instant.now().plusSeconds(3 * 86_400)))
                .isEqualByComparingTo("7.5");

        assertThat(record(admin, cooperative.toString(), "0", "", "fr").getStatus())
                .as("zero is allowed")
                .isEqualTo(302);
        assertThat(rates.rateAt(cooperative, Instant.now())).isEqualByComparingTo(BigDecimal.ZERO);
        Document page = Jsoup.parse(
                mvc.perform(get("/admin/commission").with(user(admin)).header("Accept-Language", "ar"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("main button[type=submit]").text()).isEqualTo("تسجيل النسبة");
    }

    @Test
    void onlyAdministratorsReachThePage() throws Exception {
        TaawunUser manager = fixtures.user("manager1@taawun.test");
        assertThat(mvc.perform(get("/admin/commission").with(user(manager)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(record(manager, "", "99", "", "fr").getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse record(TaawunUser who, String cooperative, String rate, String from, String lang)
            throws Exception {
        return mvc.perform(post("/admin/commission")
                        .with(user(who))
                        .with(csrf())
                        .header("Accept-Language", lang)
                        .param("cooperativeId", cooperative)
                        .param("rate", rate)
                        .param("effectiveFrom", from))
                .andReturn()
                .getResponse();
    }
}
