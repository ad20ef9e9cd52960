package org.taawun.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;

/** The administrator adds, edits and deletes services, and imports them from CSV: all rows or none. */
@TaawunTest
class ServiceAdminTest {

    static final String HEADER =
            "kind,name_ar,name_fr,phone,country,region_code,city,hours,free,languages,national,example";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SupportFixtures services;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor admin() {
        return user(fixtures.user("admin@taawun.test"));
    }

    @Test
    void anAdministratorAddsEditsAndDeletesAService() throws Exception {
        String city = SupportFixtures.uniqueCity();
        mvc.perform(form(post("/admin/support/services"), city, "0522 11 22 33", "MA-06"))
                .andExpect(redirectedUrl("/admin/support/services"));
        UUID id = idOf(city);
        assertThat(value(id, "phone")).isEqualTo("+212522112233");
        assertThat(value(id, "languages")).isEqualTo("ary,fr");

        mvc.perform(get("/admin/support/services")
                        .with(admin())
                        .param("lang", "fr")
                        .param("city", city))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Centre " + city)));
        mvc.perform(get("/admin/support/services/{id}", id).with(admin()).param("lang", "fr"))
                .andExpect(content().string(Matchers.containsString("value=\"+212522112233\"")));

        mvc.perform(form(post("/admin/support/services/{id}", id), city, "0522 99 88 77", "MA-06"))
                .andExpect(redirectedUrl("/admin/support/services"));
        assertThat(value(id, "phone")).isEqualTo("+212522998877");

        mvc.perform(post("/admin/support/services/{id}/delete", id).with(csrf()).with(admin()))
                .andExpect(redirectedUrl("/admin/support/services"));
        assertThat(count(city)).isZero();
    }

    @Test
    void aRefusedFormSavesNothingAndSaysWhy() throws Exception {
        String city = SupportFixtures.uniqueCity();
        mvc.perform(form(post("/admin/support/services"), city, "12", "TN-11").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("Cette région n’est pas une région du pays choisi")));
        mvc.perform(form(post("/admin/support/services"), city, "06 12", "MA-06")
                        .param("lang", "fr"))
                .andExpect(content().string(Matchers.containsString("Saisissez un numéro court")));
        mvc.perform(form(post("/admin/support/services"), city, "19", "MA-06")
                        .param("national", "true")
                        .param("lang", "fr"))
                .andExpect(content().string(Matchers.containsString("Un numéro national n’a ni région ni ville")));
        assertThat(count(city)).isZero();
    }

    @Test
    void aCsvWithGoodRowsIsSavedWhole() throws Exception {
        String city = SupportFixtures.uniqueCity();
        String csv = "\uFEFF" + HEADER + "\n"
                + "# a comment line\n"
                + "SHELTER,مركز الإيواء,Foyer " + city + ",0537000001,MA,MA-04," + city + ",24/7,oui,\"ar, fr\",no,no\n"
                + "legal_aid,مساعدة,Aide " + city + ",+216 71 000 002,TN,TN-11," + city + ",,yes,,,yes\n";
        mvc.perform(upload(csv).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Imported: 2 added, 0 updated.")));
        assertThat(count(city)).isEqualTo(2);
        UUID foyer = idOf("Foyer " + city, city);
        assertThat(value(foyer, "free")).isEqualTo("true");
        assertThat(value(foyer, "languages")).isEqualTo("ar,fr");
        assertThat(value(idOf("Aide " + city, city), "example")).isEqualTo("true");

        String semicolons = "id;kind;name_ar;name_fr;phone;country;region_code;city\n" + foyer + ";SHELTER;مركز;Foyer "
                + city + ";0537000009;MA;MA-04;" + city + "\n";
        mvc.perform(upload(semicolons).param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("Imported: 0 added, 1 updated.")));
        assertThat(value(foyer, "phone")).isEqualTo("+212537000009");
        assertThat(count(city)).isEqualTo(2);
    }

    @Test
    void aCsvWithABadRowSavesNothingAndReportsEachProblemByLine() throws Exception {
        String city = SupportFixtures.uniqueCity();
        String csv = HEADER + "\n"
                + "SHELTER,مركز,Foyer " + city + ",0537000001,MA,MA-04," + city + ",,yes,,no,no\n"
                + "# skipped\n"
                + "WITCHCRAFT,,Bad " + city + ",12345678901,MA,TN-11," + city + ",,yes,xx,no,no\n"
                + "POLICE,شرطة,Police " + city + ",19,TN,TN-11," + city + ",,yes,,yes,no\n";
        String page = mvc.perform(upload(csv).param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(count(city)).isZero();
        assertThat(page)
                .contains("Rien n’a été enregistré : 2 ligne(s) sur 3 à corriger.")
                .contains("<bdi>4</bdi>", "<bdi>5</bdi>")
                .doesNotContain("<bdi>2</bdi>")
                .contains("Type inconnu", "Nom en arabe", "Saisissez un numéro court", "Cette région n’est pas")
                .contains("Codes de langue inconnus", "Un numéro national n’a ni région ni ville");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWhole() throws Exception {
        mvc.perform(upload("kind,name_ar,name_fr,phone,country,colour\nPOLICE,a,b,19,MA,red\n")
                        .param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("Unknown column: colour")));
        mvc.perform(upload("kind,name_ar,name_fr,country\nPOLICE,a,b,MA\n").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("Missing column: phone")));
        mvc.perform(upload(HEADER + "\n").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("The file holds no service")));
        mvc.perform(upload("").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("The file is empty.")));
        mvc.perform(upload(HEADER + "\nPOLICE,\"unclosed,b,19,MA\n").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("not readable CSV")));
        byte[] latin1 = (HEADER + "\nPOLICE,a,Sûreté,19,MA,,,,,,yes,no\n").getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/admin/support/services/import")
                        .file(new MockMultipartFile("file", "s.csv", "text/csv", latin1))
                        .with(csrf())
                        .with(admin())
                        .param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("The file is not UTF-8")));
    }

    @Test
    void theTemplateDownloadsAndImportsCleanly() throws Exception {
        byte[] template = mvc.perform(
                        get("/admin/support/services/template.csv").with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(template, StandardCharsets.UTF_8);
        assertThat(text).contains("id,kind,name_ar,name_fr,phone,country,region_code,city");
        String city = SupportFixtures.uniqueCity();
        mvc.perform(upload(text.replace("Casablanca", city)).param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("Imported: 1 added, 0 updated.")));
        assertThat(count(city)).isEqualTo(1);
    }

    private AbstractMockHttpServletRequestBuilder<?> upload(String csv) {
        return multipart("/admin/support/services/import")
                .file(new MockMultipartFile("file", "services.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf())
                .with(admin());
    }

    private AbstractMockHttpServletRequestBuilder<?> form(
            AbstractMockHttpServletRequestBuilder<?> request, String city, String phone, String region) {
        return request.with(csrf())
                .with(admin())
                .param("kind", "LISTENING_CENTRE")
                .param("nameAr", "مركز " + city)
                .param("nameFr", "Centre " + city)
                .param("phone", phone)
                .param("country", "MA")
                .param("regionCode", region)
                .param("city", city)
                .param("hours", "Lun-Ven 9:00-17:00")
                .param("languages", "ary fr")
                .param("latitude", "33,57")
                .param("longitude", "-7.58");
    }

    private UUID idOf(String city) {
        return jdbc.sql("select id from support.services where city = ?")
                .param(city)
                .query(UUID.class)
                .single();
    }

    private UUID idOf(String nameFr, String city) {
        return jdbc.sql("select id from support.services where city = ? and name_fr = ?")
                .params(city, nameFr)
                .query(UUID.class)
                .single();
    }

    private String value(UUID id, String column) {
        return jdbc.sql("select " + column + "::text from support.services where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private long count(String city) {
        return jdbc.sql("select count(*) from support.services where city = ?")
                .param(city)
                .query(Long.class)
                .single();
    }
}
