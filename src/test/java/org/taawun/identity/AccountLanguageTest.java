package org.taawun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.domain.AccountService;

/**
 * Each account keeps a language: the pages' when she signed up, then when she last signed in, or the one she chose on
 * her account page. Every message to her (sign-up link, reset link, invitation) is written in it; an invitation is in
 * the inviting page's language unless the administrator chose another.
 */
@TaawunTest
class AccountLanguageTest {

    static final String RESET_AR = "تعاون: اختاري كلمة مرور جديدة";
    static final String RESET_FR = "Taawun : choisissez un nouveau mot de passe";
    static final String RESET_EN = "Taawun: choose a new password";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Test
    void theSignUpLinkIsInTheLanguageOfTheSignUpPageAndSoAreLaterMessages() throws Exception {
        String email = fixtures.uniqueEmail();
        mvc.perform(post("/signup")
                        .with(csrf())
                        .cookie(new Cookie("lang", "fr"))
                        .param("name", "Nadia")
                        .param("email", email))
                .andExpect(redirectedUrl("/signup?sent"));
        assertThat(lastSubject(email)).isEqualTo("Taawun : confirmez votre e-mail");
        // her name keeps its own direction inside the sentence (Unicode isolates in plain text)
        assertThat(fixtures.outboxFor(email).get(0)[1]).startsWith("Bonjour \u2068Nadia\u2069,");
        assertThat(languageOf(email)).isEqualTo("fr");

        // a reset asked from an English page is still written in her language
        mvc.perform(post("/password/forgot")
                .with(csrf())
                .header("Accept-Language", "en")
                .param("email", email));
        assertThat(lastSubject(email)).isEqualTo(RESET_FR);
    }

    @Test
    void signingInOnArabicPagesMakesHerMessagesArabic() throws Exception {
        String email = fixtures.customer("language-password"); // signed up in English
        assertThat(languageOf(email)).isEqualTo("en");

        signIn(email, "ar");
        assertThat(languageOf(email)).isEqualTo("ar");
        accounts.requestPasswordReset(email);
        assertThat(lastSubject(email)).isEqualTo(RESET_AR);

        signIn(email, "fr");
        accounts.requestPasswordReset(email);
        assertThat(lastSubject(email)).isEqualTo(RESET_FR);
    }

    @Test
    void sheChangesHerLanguageOnHerAccountPage() throws Exception {
        String email = fixtures.customer("language-password");
        MockHttpSession session = signIn(email, "ar");

        mvc.perform(post("/account/language").session(session).with(csrf()).param("language", "en"))
                .andExpect(redirectedUrl("/account?saved"))
                .andExpect(cookie().value("lang", "en"));
        assertThat(languageOf(email)).isEqualTo("en");
        accounts.requestPasswordReset(email);
        assertThat(lastSubject(email)).isEqualTo(RESET_EN);

        // a language the site does not speak changes nothing
        mvc.perform(post("/account/language").session(session).with(csrf()).param("language", "de"))
                .andExpect(redirectedUrl("/account"));
        assertThat(languageOf(email)).isEqualTo("en");

        String page = mvc.perform(get("/account").session(session).header("Accept-Language", "fr"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page)
                        .select("select[name=language] option[selected]")
                        .eachAttr("value"))
                .containsExactly("en");
    }

    @Test
    void anInvitationIsInTheInvitingPagesLanguageUnlessChosen() throws Exception {
        String fromFrenchPage = fixtures.uniqueEmail();
        invite(fromFrenchPage, "fr", null);
        assertThat(lastSubject(fromFrenchPage)).isEqualTo("Taawun : votre invitation");
        assertThat(languageOf(fromFrenchPage)).isEqualTo("fr");

        String chosenArabic = fixtures.uniqueEmail();
        invite(chosenArabic, "fr", "ar");
        assertThat(lastSubject(chosenArabic)).isEqualTo("تعاون: دعوتك");
        assertThat(languageOf(chosenArabic)).isEqualTo("ar");
    }

    private void invite(String email, String pageLanguage, String chosen) throws Exception {
        var request = post("/admin/users/new")
                .with(csrf())
                .with(user(fixtures.user("admin@taawun.test")))
                .cookie(new Cookie("lang", pageLanguage))
                .param("name", "Invited Person")
                .param("email", email)
                .param("roles", "TRAINER");
        if (chosen != null) {
            request = request.param("language", chosen);
        }
        mvc.perform(request);
    }

    private MockHttpSession signIn(String email, String language) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .with(csrf())
                        .cookie(new Cookie("lang", language))
                        .param("email", email)
                        .param("password", "language-password"))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    private String languageOf(String email) {
        return accounts.account(fixtures.user(email).id()).locale().getLanguage();
    }

    private String lastSubject(String email) {
        List<String[]> mails = fixtures.outboxFor(email);
        assertThat(mails).isNotEmpty();
        return mails.get(mails.size() - 1)[0];
    }
}
