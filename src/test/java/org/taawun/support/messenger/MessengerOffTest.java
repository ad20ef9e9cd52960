package org.taawun.support.messenger;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.TaawunTest;

/** Without an app secret (the default) the channel does not exist: nothing could tell Meta from a forger. */
@TaawunTest
class MessengerOffTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theWebhookIsNotFoundWhileNoAppSecretIsSet() throws Exception {
        mvc.perform(MessengerSpringTest.verification("subscribe", "", "1")).andExpect(status().isNotFound());
        mvc.perform(post("/webhooks/messenger")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Hub-Signature-256", "sha256=00")
                        .content("{\"object\":\"page\",\"entry\":[]}"))
                .andExpect(status().isNotFound());
    }
}
