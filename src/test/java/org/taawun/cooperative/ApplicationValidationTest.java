package org.taawun.cooperative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.shared.demo.DemoIds;

/** Bad input gets a clear message in the user's language next to the field (or a problem answer) and saves nothing. */
@TaawunTest
class ApplicationValidationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    static Map<String, String> validForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("nameAr", "تعاونية الأمل");
        form.put("nameFr", "Coopérative Al Amal");
        form.put("country", "MA");
        form.put("regionCode", "MA-05");
        form.put("legalForm", "COOPERATIVE");
        form.put("registrationNumber", "ODCO-2020/15");
        form.put("foundingYear", "2020");
        form.put("members", "12");
        form.put("contactPhone", "06 61 23 45 67");
        form.put("applicantName", "Amal Test");
        form.put("applicantEmail", "amal@example.org");
        return form;
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("applicantEmail", "not-an-email", "Saisissez une adresse e-mail valide"),
                Arguments.of("contactPhone", "12345", "Saisissez un numéro valide"),
                Arguments.of("contactPhone", "+216 98 123 403", "Saisissez un numéro valide"),
                Arguments.of("regionCode", "MA-99", "Choisissez une région du pays choisi"),
                Arguments.of("regionCode", "TN-23", "Choisissez une région du pays choisi"),
                Arguments.of("nameFr", "x".repeat(151), "Ce texte est trop long"),
                Arguments.of("members", "0", "nombre de membres"),
                Arguments.of("members", "many", "Cette valeur n’est pas valide"),
                Arguments.of("foundingYear", "2999", "Indiquez une année"),
                Arguments.of("country", "XX", "Cette valeur n’est pas valide"),
                Arguments.of("legalForm", "BANK", "Cette valeur n’est pas valide"),
                Arguments.of("registrationNumber", "<script>", "Utilisez seulement"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badInput")
    void refusesBadInputNextToTheFieldAndSavesNothing(String field, String value, String message) throws Exception {
        long before = count();
        Map<String, String> form = validForm();
        form.put(field, value);
        MockHttpServletRequestBuilder request = post("/apply").with(csrf()).header("Accept-Language", "fr");
        for (Map.Entry<String, String> entry : form.entrySet()) {
            request = request.param(entry.getKey(), entry.getValue());
        }
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("field-error").contains(message);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void acceptsAValidApplicationAndTellsTheApplicant() throws Exception {
        long before = count();
        MockHttpServletRequestBuilder request = post("/apply").with(csrf());
        Map<String, String> form = validForm();
        String email = fixtures.uniqueEmail();
        form.put("applicantEmail", email);
        for (Map.Entry<String, String> entry : form.entrySet()) {
            request = request.param(entry.getKey(), entry.getValue());
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(before + 1);
        String phone = jdbc.sql("select contact_phone from cooperative.cooperatives where applicant_email = ?")
                .param(email)
                .query(String.class)
                .single();
        assertThat(phone).isEqualTo("+212661234567");
        assertThat(fixtures.outboxFor(email)).hasSize(1);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        long before = count();
        MockHttpServletRequestBuilder request = post("/apply");
        for (Map.Entry<String, String> entry : validForm().entrySet()) {
            request = request.param(entry.getKey(), entry.getValue());
        }
        mvc.perform(request).andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aSlugAlreadyTakenIsRefusedNextToTheField() throws Exception {
        String html = mvc.perform(post("/manage/cooperatives/{id}", DemoIds.COOP_ARGAN)
                        .with(csrf())
                        .with(user(fixtures.user("manager1@taawun.test")))
                        .header("Accept-Language", "en")
                        .param("slug", "nour-khouribga")
                        .param("storyFr", "changed"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("This address is already taken");
        assertThat(slugOf(DemoIds.COOP_ARGAN)).isEqualTo("tiwizi-argan");
    }

    @Test
    void theApiAnswersProblemDetailsInTheCallersLanguage() throws Exception {
        mvc.perform(put("/api/v1/cooperatives/{id}/profile", DemoIds.COOP_ARGAN)
                        .with(user(fixtures.user("manager1@taawun.test")))
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slug\":\"Not A Slug!\",\"storyFr\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-input"))
                .andExpect(jsonPath("$.detail").value("Certains champs ne sont pas valides."))
                .andExpect(jsonPath("$.errors[0].field").value("slug"));
        mvc.perform(put("/api/v1/cooperatives/{id}/profile", DemoIds.COOP_ARGAN)
                        .with(user(fixtures.user("manager1@taawun.test")))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slug\":\"nour-khouribga\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("This address is already taken: choose another one."));
        mvc.perform(put("/api/v1/cooperatives/{id}/profile", DemoIds.COOP_ARGAN)
                        .with(user(fixtures.user("manager1@taawun.test")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unreadable-body"));
        assertThat(slugOf(DemoIds.COOP_ARGAN)).isEqualTo("tiwizi-argan");
    }

    private long count() {
        return jdbc.sql("select count(*) from cooperative.cooperatives")
                .query(Long.class)
                .single();
    }

    private String slugOf(java.util.UUID id) {
        return jdbc.sql("select slug from cooperative.cooperatives where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
