package org.taawun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.cooperative.domain.RegistryService;
import org.taawun.identity.domain.AccountLookup;

/**
 * An account receives a role only after its owner followed a link sent to its e-mail; a cooperative's managers are
 * appointed only through an invitation accepted from that mailbox; sign-up never tells whether an e-mail has an
 * account.
 */
@TaawunTest
class MailboxProofTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegistryService registry;

    @Autowired
    AccountLookup accounts;

    @Test
    void signUpAnswersTheSameWhetherTheEmailHasAnAccountOrNot() throws Exception {
        String existing = fixtures.customer("an-existing-password");
        String fresh = fixtures.uniqueEmail();
        int mailsBefore = fixtures.outboxFor(existing).size();

        String forFresh = signUp("Nadia", fresh);
        String forExisting = signUp("Nadia", existing);

        assertThat(forExisting).isEqualTo(forFresh).isEqualTo("/signup?sent");
        mvc.perform(get(forFresh).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("Check your mailbox")));
        // the owner of the existing account is told, and offered a new password; her account is unchanged
        List<String[]> mails = fixtures.outboxFor(existing);
        assertThat(mails).hasSize(mailsBefore + 1);
        assertThat(mails.get(mails.size() - 1)[0]).isEqualTo("Taawun: someone tried to sign up with your e-mail");
        assertThat(mails.get(mails.size() - 1)[1]).contains("/password/forgot");
        mvc.perform(post("/login").with(csrf()).param("email", existing).param("password", "an-existing-password"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aSignedUpAccountHasNoRoleUntilItsEmailLinkIsFollowed() throws Exception {
        String email = fixtures.uniqueEmail();
        signUp("Imane", email);
        assertThat(fixtures.user(email).roles()).isEmpty();

        String token = fixtures.lastLinkSentTo(email);
        mvc.perform(post("/signup/confirm")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "imane-password")
                        .param("confirm", "imane-password"))
                .andExpect(redirectedUrl("/login?passwordSet"));
        assertThat(fixtures.user(email).roles()).containsExactly(Role.CUSTOMER);
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "imane-password"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aSignedUpCustomerWhoLostHerLinkBecomesACustomerThroughAPasswordReset() throws Exception {
        String email = fixtures.uniqueEmail();
        signUp("Houda", email);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        String reset = fixtures.lastLinkSentTo(email);
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", reset)
                        .param("password", "houda-password")
                        .param("confirm", "houda-password"))
                .andExpect(redirectedUrl("/login?passwordSet"));
        assertThat(fixtures.user(email).roles()).containsExactly(Role.CUSTOMER);
    }

    @Test
    void anImpostorWhoSignedUpWithTheApplicantsEmailDoesNotBecomeItsManager() throws Exception {
        String applicant = fixtures.uniqueEmail();
        // the impostor signs up first with the applicant's e-mail (and a password of his own)
        mvc.perform(post("/signup")
                .with(csrf())
                .param("name", "Impostor")
                .param("email", applicant)
                .param("password", "impostor-password")
                .param("confirm", "impostor-password"));
        UUID cooperative = registry.apply(
                Fixtures.application("Cooperative Boite " + applicant.hashCode(), applicant), Locale.FRENCH);
        fixtures.asUser("admin@taawun.test", () -> {
            registry.verify(cooperative);
            return null;
        });

        var account = fixtures.user(applicant);
        assertThat(account.roles()).isEmpty();
        assertThat(accounts.actsFor(account.id(), cooperative)).isFalse();
        mvc.perform(post("/login").with(csrf()).param("email", applicant).param("password", "impostor-password"))
                .andExpect(redirectedUrl("/login?error"));

        // the invitation, followed from the applicant's mailbox, is what makes her the manager
        mvc.perform(post("/invitation")
                        .with(csrf())
                        .param("token", fixtures.lastLinkSentTo(applicant))
                        .param("password", "applicant-password")
                        .param("confirm", "applicant-password"))
                .andExpect(redirectedUrl("/login?passwordSet"));
        account = fixtures.user(applicant);
        assertThat(account.roles()).contains(Role.COOP_MANAGER);
        assertThat(accounts.actsFor(account.id(), cooperative)).isTrue();
    }

    @Test
    void anExistingAccountBecomesManagerOnlyByAcceptingTheInvitation() throws Exception {
        String customer = fixtures.customer("customer-password");
        UUID cooperative = fixtures.verifiedCooperative();
        fixtures.asUser("admin@taawun.test", () -> {
            registry.appointManager(cooperative, customer, "Hajar", Locale.ENGLISH);
            return null;
        });
        var account = fixtures.user(customer);
        assertThat(account.roles()).doesNotContain(Role.COOP_MANAGER);
        assertThat(accounts.actsFor(account.id(), cooperative)).isFalse();

        String token = fixtures.lastLinkSentTo(customer);
        mvc.perform(get("/invitation").param("token", token).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("I accept the invitation")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"password\""))));
        mvc.perform(post("/invitation/accept").with(csrf()).param("token", token))
                .andExpect(redirectedUrl("/login?accepted"));
        account = fixtures.user(customer);
        assertThat(account.roles()).contains(Role.COOP_MANAGER, Role.CUSTOMER);
        assertThat(accounts.actsFor(account.id(), cooperative)).isTrue();
        // a link works once
        mvc.perform(post("/invitation/accept").with(csrf()).param("token", token))
                .andExpect(content().string(Matchers.containsString("notice bad")));
    }

    private String signUp(String name, String email) throws Exception {
        return mvc.perform(post("/signup").with(csrf()).param("name", name).param("email", email))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
