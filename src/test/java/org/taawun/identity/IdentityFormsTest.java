package org.taawun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.domain.AccountService;

/**
 * The identity forms: the password rule is written once; after a refusal the first field in error has the focus
 * without JavaScript ({@code autofocus}) and names its error ({@code aria-describedby}); inserted names, e-mails and
 * dates are isolated ({@code <bdi>}); the administrators' table cells name their column for phones.
 */
@TaawunTest
class IdentityFormsTest {

    static final String RULE = "At least 10 characters.";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Test
    void thePasswordRuleIsShownOnceWhateverTheError() throws Exception {
        String token = signUpLink();
        Document fresh = html(get("/signup/confirm").param("token", token).header("Accept-Language", "en"));
        assertThat(fresh.select("main").text().split(RULE, -1)).hasSize(2);
        for (String[] typed : new String[][] {{"", ""}, {"short", "short"}}) {
            Document page = html(post("/signup/confirm")
                    .with(csrf())
                    .header("Accept-Language", "en")
                    .param("token", token)
                    .param("password", typed[0])
                    .param("confirm", typed[1]));
            assertThat(page.select("main").text().split(RULE, -1))
                    .as("the rule once for '%s'", typed[0])
                    .hasSize(2);
            Element password = page.selectFirst("input[name=password]");
            assertThat(password.hasAttr("autofocus")).isTrue();
            assertThat(password.attr("aria-invalid")).isEqualTo("true");
            assertThat(password.attr("aria-describedby")).contains("password-error", "password-rule");
            assertThat(page.getElementById("password-error").text())
                    .isNotBlank()
                    .isNotEqualTo(RULE);
            assertThat(page.selectFirst("input[name=confirm]").hasAttr("autofocus"))
                    .isFalse();
        }
    }

    @Test
    void aMismatchFocusesTheSecondPassword() throws Exception {
        Document page = html(post("/signup/confirm")
                .with(csrf())
                .header("Accept-Language", "en")
                .param("token", signUpLink())
                .param("password", "long-enough-password")
                .param("confirm", "another-long-password"));
        Element confirm = page.selectFirst("input[name=confirm]");
        assertThat(confirm.hasAttr("autofocus")).isTrue();
        assertThat(confirm.attr("aria-describedby")).isEqualTo("confirm-error");
        assertThat(page.getElementById("confirm-error").text()).isEqualTo("The two passwords are not the same.");
        assertThat(page.selectFirst("input[name=password]").hasAttr("autofocus"))
                .isFalse();
        assertThat(page.select("[autofocus]")).hasSize(1);
    }

    @Test
    void theFirstFieldInErrorOfTheSignUpFormTakesTheFocus() throws Exception {
        Document both = html(signUp("", "not-an-email"));
        assertThat(both.select("[autofocus]")).hasSize(1);
        assertThat(both.selectFirst("input[name=name]").hasAttr("autofocus")).isTrue();
        assertThat(both.selectFirst("input[name=name]").attr("aria-describedby"))
                .isEqualTo("name-error");
        assertThat(both.getElementById("name-error")).isNotNull();
        assertThat(both.selectFirst("input[name=email]").attr("aria-describedby"))
                .isEqualTo("email-error");

        Document emailOnly = html(signUp("Nadia", "not-an-email"));
        assertThat(emailOnly.select("[autofocus]")).hasSize(1);
        assertThat(emailOnly.selectFirst("input[name=email]").hasAttr("autofocus"))
                .isTrue();
        assertThat(emailOnly.selectFirst("input[name=name]").hasAttr("aria-invalid"))
                .isFalse();

        Document fresh = html(get("/signup"));
        assertThat(fresh.select("[autofocus]")).isEmpty();
    }

    @Test
    void aRefusedSignInFocusesTheEmailAndSaysWhy() throws Exception {
        Document page = html(get("/login").param("error", ""));
        Element email = page.selectFirst("input[name=email]");
        assertThat(email.hasAttr("autofocus")).isTrue();
        assertThat(page.getElementById(email.attr("aria-describedby"))).isNotNull();
        assertThat(html(get("/login")).select("[autofocus]")).isEmpty();
    }

    @Test
    void theAdministratorsInviteFormFocusesItsFirstError() throws Exception {
        Document page = html(post("/admin/users/new")
                .with(csrf())
                .with(user(fixtures.user("admin@taawun.test")))
                .param("name", "Nadia")
                .param("email", "admin@taawun.test"));
        assertThat(page.select("[autofocus]")).hasSize(1);
        assertThat(page.selectFirst("input[name=email]").hasAttr("autofocus")).isTrue();
    }

    @Test
    void theUsersListIsolatesNamesEmailsAndDatesAndLabelsEveryCell() throws Exception {
        String email = fixtures.uniqueEmail();
        accounts.inviteStaff(email, "Violet-997", java.util.Set.of(Role.TRAINER), Locale.FRENCH);
        Document page = html(get("/admin/users")
                .param("q", email)
                .with(user(fixtures.user("admin@taawun.test")))
                .header("Accept-Language", "ar"));
        Element row = page.selectFirst("main tbody tr");
        assertThat(row.select("bdi").eachText()).contains("Violet-997", email);
        assertThat(row.select("bdi").eachText()).anyMatch(t -> t.matches(".*\\d{4}.*") && !t.contains("@"));
        for (Element cell : page.select("main td")) {
            assertThat(cell.attr("data-label")).as(cell.outerHtml()).isNotBlank();
        }
        Document notifications = html(get("/admin/notifications").with(user(fixtures.user("admin@taawun.test"))));
        assertThat(notifications.select("main td")).isNotEmpty();
        for (Element cell : notifications.select("main td")) {
            assertThat(cell.attr("data-label")).as(cell.outerHtml()).isNotBlank();
        }
        assertThat(notifications.select("main tbody tr td:nth-child(3) bdi")).isNotEmpty();
    }

    private String signUpLink() throws Exception {
        String email = fixtures.uniqueEmail();
        mvc.perform(signUp("Nadia", email));
        return fixtures.lastLinkSentTo(email);
    }

    private RequestBuilder signUp(String name, String email) {
        return post("/signup")
                .with(csrf())
                .header("Accept-Language", "en")
                .param("name", name)
                .param("email", email);
    }

    private Document html(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
