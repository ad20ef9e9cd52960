package org.taawun.cooperative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;

/**
 * A cooperative may have only an Arabic name or only a French one: either suffices to apply, and every page shows the
 * other one where the reader's language has none. With neither, the form says so on the first name field, focused.
 */
@TaawunTest
class OneNameSufficesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CooperativeDirectory directory;

    @Test
    void aCooperativeWithOnlyAnArabicNameAppliesAndIsNamedSoInFrench() throws Exception {
        String email = fixtures.uniqueEmail();
        String arabic = "تعاونية الزيتون " + email.replaceAll("\\D", "");
        apply(arabic, "", email).andExpect(status().is3xxRedirection());
        UUID id = idOf(email);
        assertThat(jdbc.sql("select name_fr from cooperative.cooperatives where id = ?")
                        .param(id)
                        .query(String.class)
                        .optional())
                .isEmpty();

        fixtures.verified(id);
        CooperativeView view = directory.find(id).orElseThrow();
        assertThat(view.name("fr")).isEqualTo(arabic);
        assertThat(view.name("en")).isEqualTo(arabic);
        Document storefront =
                Jsoup.parse(mvc.perform(get("/c/{slug}", view.slug()).param("lang", "fr"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(storefront.selectFirst("main h1").text()).isEqualTo(arabic);
        assertThat(storefront.title()).contains(arabic);
    }

    @Test
    void aCooperativeWithOnlyAFrenchNameIsNamedSoInArabic() throws Exception {
        String email = fixtures.uniqueEmail();
        String french = "Coopérative Tighmert " + email.replaceAll("\\D", "");
        apply("", french, email).andExpect(status().is3xxRedirection());
        UUID id = idOf(email);
        assertThat(directory.find(id).orElseThrow().name("ar")).isEqualTo(french);
        String html = mvc.perform(get("/admin/cooperatives/{id}", id)
                        .with(user(fixtures.user("admin@taawun.test")))
                        .param("lang", "ar"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).selectFirst("main h1").text()).isEqualTo(french);
    }

    @Test
    void withoutAnyNameTheFormSaysSoOnTheFocusedFirstNameFieldAndSavesNothing() throws Exception {
        String email = fixtures.uniqueEmail();
        Document form = Jsoup.parse(apply(" ", "", email)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        Element nameAr = form.selectFirst("input[name=nameAr]");
        assertThat(nameAr.hasAttr("autofocus")).isTrue();
        assertThat(nameAr.attr("aria-invalid")).isEqualTo("true");
        assertThat(nameAr.attr("aria-describedby")).contains("nameAr-error");
        assertThat(form.getElementById("nameAr-error").text()).contains("en arabe ou en français");
        assertThat(form.select("[autofocus]")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from cooperative.cooperatives where applicant_email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theFirstErrorInPageOrderHasTheFocus() throws Exception {
        Map<String, String> form = ApplicationValidationTest.validForm();
        form.put("members", "0");
        form.put("applicantEmail", "nope");
        MockHttpServletRequestBuilder request = post("/apply").with(csrf()).header("Accept-Language", "fr");
        for (Map.Entry<String, String> entry : form.entrySet()) {
            request = request.param(entry.getKey(), entry.getValue());
        }
        Document page =
                Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
        assertThat(page.select("[autofocus]")).hasSize(1);
        assertThat(page.selectFirst("[autofocus]").attr("name")).isEqualTo("members");
        assertThat(page.getElementById(
                        page.selectFirst("input[name=applicantEmail]").attr("aria-describedby")))
                .isNotNull();
    }

    private org.springframework.test.web.servlet.ResultActions apply(String nameAr, String nameFr, String email)
            throws Exception {
        Map<String, String> form = ApplicationValidationTest.validForm();
        form.put("nameAr", nameAr);
        form.put("nameFr", nameFr);
        form.put("applicantEmail", email);
        MockHttpServletRequestBuilder request = post("/apply").with(csrf()).header("Accept-Language", "fr");
        for (Map.Entry<String, String> entry : form.entrySet()) {
            request = request.param(entry.getKey(), entry.getValue());
        }
        return mvc.perform(request);
    }

    private UUID idOf(String email) {
        return jdbc.sql("select id from cooperative.cooperatives where applicant_email = ?")
                .param(email)
                .query(UUID.class)
                .single();
    }
}
