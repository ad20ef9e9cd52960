package org.taawun.support.conversation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The web channel's API with the real engine and the shipped flow: a conversation from the welcome to danger. */
@EngineTest
class ChatApiWithEngineTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aConversationThroughTheChatApi() throws Exception {
        String body = send(null, "{\"text\":\"Bonjour\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.messages[0].text", Matchers.containsString("Je suis là pour vous écouter")))
                .andExpect(jsonPath("$.quickReplies[1].title").value("Français"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String session = JsonPath.read(body, "$.session");
        String payload = JsonPath.read(body, "$.quickReplies[1].payload");

        send(session, "{\"session\":\"" + session + "\",\"text\":\"Français\",\"payload\":\"" + payload + "\"}")
                .andExpect(jsonPath("$.messages[0].text", Matchers.containsString("Pouvez-vous parler sans danger")))
                .andExpect(jsonPath("$.quickReplies[*].title", Matchers.contains("Oui", "Non")));
        send(session, "{\"session\":\"" + session + "\",\"text\":\"ghadi y9telni\"}")
                .andExpect(jsonPath("$.messages[0].text", Matchers.containsString("Vous n’êtes pas seule")))
                .andExpect(jsonPath("$.messages[1].text", Matchers.containsString("— 8350")))
                .andExpect(jsonPath("$.quickReplies[0].title").value("Parler à quelqu’un"));
    }

    private ResultActions send(String session, String json) throws Exception {
        return mvc.perform(post("/api/v1/support/chat")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "fr")
                .content(json));
    }
}
