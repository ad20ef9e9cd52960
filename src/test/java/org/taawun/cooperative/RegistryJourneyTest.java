package org.taawun.cooperative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.cooperative.domain.RegistryService;

/** From an application to a verified cooperative whose invited manager edits its public page; and the refusals. */
@TaawunTest
class RegistryJourneyTest {

    private static final Pattern LINK =
            Pattern.compile("(/invitation|/password/reset|/signup/confirm)\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegistryService registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anApplicantBecomesTheManagerOfAVerifiedCooperative() throws Exception {
        String email = fixtures.uniqueEmail();
        UUID id =
                registry.apply(Fixtures.application("Coopérative Parcours " + email.hashCode(), email), Locale.FRENCH);
        String slug = slug(id);
        mvc.perform(get("/c/{slug}", slug)).andExpect(status().isNotFound());

        mvc.perform(post("/admin/cooperatives/{id}/verify", id)
                        .with(csrf())
                        .with(user(fixtures.user("admin@taawun.test"))))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.status(id)).isEqualTo("VERIFIED");

        List<String[]> mails = fixtures.outboxFor(email);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0)[0]).isEqualTo("Taawun : demande reçue");
        assertThat(mails.get(1)[0]).isEqualTo("Taawun : votre coopérative est vérifiée");
        String token = token(mails.get(1)[1]);

        mvc.perform(get("/invitation").param("token", token))
                .andExpect(content().string(Matchers.containsString("name=\"password\"")));
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "my-own-password")
                        .param("confirm", "my-own-password"))
                .andExpect(redirectedUrl("/login?passwordSet"));
        mvc.perform(get("/invitation").param("token", token))
                .andExpect(content().string(Matchers.containsString("notice bad")));

        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "my-own-password"))
                .andExpect(redirectedUrl("/manage"));

        String story = "Notre histoire " + UUID.randomUUID();
        mvc.perform(post("/manage/cooperatives/{id}", id)
                        .with(csrf())
                        .with(user(fixtures.user(email)))
                        .param("slug", slug)
                        .param("storyFr", story))
                .andExpect(redirectedUrl("/manage/cooperatives/" + id));
        mvc.perform(get("/c/{slug}", slug).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(story)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("+212661234567"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("ODCO-T-1"))));
    }

    @Test
    void aRejectionNeedsAReasonWhichTheApplicantReceives() throws Exception {
        UUID id = fixtures.pendingCooperative();
        String email = applicant(id);
        mvc.perform(post("/admin/cooperatives/{id}/reject", id)
                        .with(csrf())
                        .with(user(fixtures.user("admin@taawun.test")))
                        .param("reason", " "))
                .andExpect(flash().attributeExists("reasonError"));
        assertThat(fixtures.status(id)).isEqualTo("PENDING");

        mvc.perform(post("/admin/cooperatives/{id}/reject", id)
                        .with(csrf())
                        .with(user(fixtures.user("admin@taawun.test")))
                        .param("reason", "Numéro d’immatriculation introuvable"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.status(id)).isEqualTo("REJECTED");
        assertThat(fixtures.outboxFor(email))
                .last()
                .satisfies(mail -> assertThat(mail[1]).contains("Numéro d’immatriculation introuvable"));

        mvc.perform(post("/admin/cooperatives/{id}/verify", id)
                        .with(csrf())
                        .with(user(fixtures.user("admin@taawun.test"))))
                .andExpect(status().isConflict());
        assertThat(fixtures.status(id)).isEqualTo("REJECTED");
    }

    @Test
    void aSuspendedCooperativeIsNoLongerPublic() throws Exception {
        UUID id = fixtures.verifiedCooperative();
        String slug = slug(id);
        mvc.perform(get("/c/{slug}", slug)).andExpect(status().isOk());
        mvc.perform(post("/admin/cooperatives/{id}/suspend", id)
                        .with(csrf())
                        .with(user(fixtures.user("admin@taawun.test")))
                        .param("reason", "Produits non conformes"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/c/{slug}", slug)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cooperatives/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/cooperatives/{id}/reinstate", id)
                        .with(csrf())
                        .with(user(fixtures.user("admin@taawun.test"))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/c/{slug}", slug)).andExpect(status().isOk());
    }

    @Test
    void aForgottenPasswordIsResetThroughTheOutboxWithoutRevealingAccounts() throws Exception {
        String email = fixtures.uniqueEmail();
        mvc.perform(post("/signup").with(csrf()).param("name", "Imane").param("email", email))
                .andExpect(redirectedUrl("/signup?sent"));
        mvc.perform(post("/signup/confirm")
                        .with(csrf())
                        .param("token", token(fixtures.outboxFor(email).get(0)[1]))
                        .param("password", "first-password")
                        .param("confirm", "first-password"))
                .andExpect(redirectedUrl("/login?passwordSet"));
        String known = mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String unknown = mvc.perform(post("/password/forgot").with(csrf()).param("email", "nobody-" + email))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(unknown).isEqualTo(known);
        assertThat(fixtures.outboxFor("nobody-" + email)).isEmpty();

        String token = token(fixtures.outboxFor(email).get(1)[1]);
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "second-password")
                        .param("confirm", "second-password-typo"))
                .andExpect(content().string(Matchers.containsString("field-error")));
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "second-password")
                        .param("confirm", "second-password"))
                .andExpect(redirectedUrl("/login?passwordSet"));
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "first-password"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "second-password"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aLogoMustBeAnImageOfUsableSize() throws Exception {
        UUID id = fixtures.verifiedCooperative();
        String manager = applicant(id);
        mvc.perform(multipart("/manage/cooperatives/{id}/logo", id)
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", png(400, 300)))
                        .with(csrf())
                        .with(user(fixtures.user(manager))))
                .andExpect(flash().attribute("saved", true));
        String logo = logo(id);
        assertThat(logo).matches("[0-9a-f]{32}\\.jpg");
        mvc.perform(get("/media/{file}", logo))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Cache-Control", Matchers.containsString("max-age=31536000")));

        mvc.perform(multipart("/manage/cooperatives/{id}/logo", id)
                        .file(new MockMultipartFile("logo", "notes.png", "image/png", "not an image".getBytes()))
                        .with(csrf())
                        .with(user(fixtures.user(manager))))
                .andExpect(flash().attribute("logoError", "shared.image.not-image"));
        mvc.perform(multipart("/manage/cooperatives/{id}/logo", id)
                        .file(new MockMultipartFile("logo", "tiny.png", "image/png", png(20, 20)))
                        .with(csrf())
                        .with(user(fixtures.user(manager))))
                .andExpect(flash().attribute("logoError", "shared.image.too-small"));
        assertThat(logo(id)).isEqualTo(logo);
    }

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String token(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a link in %s", body).isTrue();
        return matcher.group(2);
    }

    private String slug(UUID id) {
        return column("slug", id);
    }

    private String applicant(UUID id) {
        return column("applicant_email", id);
    }

    private String logo(UUID id) {
        return column("logo", id);
    }

    private String column(String column, UUID id) {
        return jdbc.sql("select " + column + " from cooperative.cooperatives where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
