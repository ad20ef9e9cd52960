package org.taawun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.TaawunTest;
import org.taawun.shared.demo.DemoIds;

/** Signing in with the form leads each role to its own start page, unless she was on her way somewhere. */
@TaawunTest
class StartPageTest {

    private static final String PASSWORD = "taawun-demo";

    @Autowired
    MockMvc mvc;

    private String signIn(String email, MockHttpSession session, String address) throws Exception {
        return mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        })
                        .param("email", email)
                        .param("password", PASSWORD))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @ParameterizedTest
    @CsvSource({
        "manager1@taawun.test, /manage",
        "counsellor@taawun.test, /support/console",
        "admin@taawun.test, /admin",
        "customer@taawun.test, /",
        "shop-manager@taawun.test, /shop",
        "cashier@taawun.test, /shop/till",
        // no programme pages exist yet: home
        "officer@taawun.test, /",
        "trainer@taawun.test, /"
    })
    void eachRoleLandsOnItsStartPage(String email, String start) throws Exception {
        assertThat(signIn(email, new MockHttpSession(), "10.7.0.1")).isEqualTo(start);
    }

    @Test
    void aManagerOnHerWaySomewhereGoesThere() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String orders = "/manage/cooperatives/" + DemoIds.COOP_ARGAN + "/orders";
        mvc.perform(get(orders).session(session));
        assertThat(signIn("manager1@taawun.test", session, "10.7.0.2")).contains(orders);
    }
}
