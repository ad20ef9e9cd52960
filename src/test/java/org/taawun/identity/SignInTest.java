package org.taawun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.domain.AccountService;

/** Sign-in, throttling without account enumeration, session renewal, security headers and API tokens. */
@TaawunTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    private String newCustomer(String password) {
        return fixtures.customer(password);
    }

    private MvcResult login(String email, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        })
                        .param("email", email)
                        .param("password", password))
                .andReturn();
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameAnswer() throws Exception {
        String email = newCustomer("a-long-password-2");
        assertThat(login(email, "wrong-password", "10.0.0.2").getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(login("nobody-" + email, "wrong-password", "10.0.0.2")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void throttlesAnAccountAfterRepeatedFailuresEvenWithTheRightPassword() throws Exception {
        String email = newCustomer("a-long-password-3");
        for (int i = 0; i < 5; i++) {
            assertThat(login(email, "wrong-" + i, "10.0.1." + i).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(login(email, "a-long-password-3", "10.0.1.9").getResponse().getRedirectedUrl())
                .startsWith("/login?throttled=");
        // an unknown account is throttled the same way, so throttling reveals nothing either
        String unknown = "ghost-" + email;
        for (int i = 0; i < 5; i++) {
            login(unknown, "wrong-" + i, "10.0.2." + i);
        }
        assertThat(login(unknown, "whatever", "10.0.2.9").getResponse().getRedirectedUrl())
                .startsWith("/login?throttled=");
    }

    @Test
    void throttlesAnAddressTryingManyAccounts() throws Exception {
        String email = newCustomer("a-long-password-4");
        for (int i = 0; i < 30; i++) {
            login("spray" + i + "@example.org", "password", "10.9.9.9");
        }
        assertThat(login(email, "a-long-password-4", "10.9.9.9").getResponse().getRedirectedUrl())
                .startsWith("/login?throttled=");
        assertThat(login(email, "a-long-password-4", "10.9.9.10").getResponse().getRedirectedUrl())
                .doesNotContain("throttled");
    }

    @Test
    void aSuspendedAccountCannotSignIn() throws Exception {
        String email = newCustomer("a-long-password-5");
        accounts.suspend(fixtures.user(email).id());
        assertThat(login(email, "a-long-password-5", "10.0.3.1").getResponse().getRedirectedUrl())
                .isEqualTo("/login?suspended");
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void signOutNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/?bye"));
    }

    @Test
    void apiTokensAuthenticateTheApi() throws Exception {
        String email = newCustomer("a-long-password-6");
        String body = mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"a-long-password-6\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = JsonPath.read(body, "$.token");
        // a customer is authenticated but may not edit a cooperative: 403, not 401
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/cooperatives/{id}/profile", org.taawun.shared.demo.DemoIds.COOP_ARGAN)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slug\":\"tiwizi-argan\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(get("/api/v1/cooperatives").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    @Test
    void badCredentialsOnTheApiAreAProblem() throws Exception {
        mvc.perform(post("/api/v1/auth/tokens")
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"admin@taawun.test\",\"password\":\"nope\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("bad-credentials"))
                .andExpect(jsonPath("$.detail").value("E-mail ou mot de passe incorrect."));
        mvc.perform(post("/api/v1/auth/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-input"));
    }
}
