package org.taawun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.domain.AccountService;

/**
 * Suspending an account, changing its roles or resetting its password ends its open sessions at once: the session
 * carries the account's stamp, checked against the database at each request (so on every node).
 */
@TaawunTest
class SessionEndTest {

    enum Change {
        SUSPEND,
        CHANGE_ROLES,
        RESET_PASSWORD
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @ParameterizedTest
    @EnumSource(Change.class)
    void anOpenSessionEndsWhenTheAccountChanges(Change change) throws Exception {
        String email = fixtures.customer("session-password");
        MockHttpSession session = (MockHttpSession)
                mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "session-password"))
                        .andExpect(redirectedUrl("/"))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        assertThat(session).isNotNull();
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());

        UUID id = fixtures.user(email).id();
        switch (change) {
            case SUSPEND -> accounts.suspend(id);
            case CHANGE_ROLES -> accounts.changeRoles(id, Set.of(Role.CUSTOMER, Role.TRAINER));
            case RESET_PASSWORD -> {
                accounts.requestPasswordReset(email);
                accounts.setPasswordWithLink(fixtures.lastLinkSentTo(email), "another-password");
            }
        }

        String signIn = mvc.perform(get("/account").session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(signIn).endsWith("/login");
        assertThat(session.isInvalid()).as("session ended").isTrue();
    }

    @Test
    void anotherAccountsSessionKeepsWorking() throws Exception {
        String email = fixtures.customer("session-password");
        String other = fixtures.customer("session-password");
        MockHttpSession session = (MockHttpSession)
                mvc.perform(post("/login").with(csrf()).param("email", other).param("password", "session-password"))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        accounts.changeRoles(fixtures.user(email).id(), Set.of(Role.TRAINER));
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());
    }
}
