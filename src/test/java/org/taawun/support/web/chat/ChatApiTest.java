package org.taawun.support.web.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ChatInput;
import org.taawun.support.chat.ChatPushed;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.ConversationKey;

/** {@code POST /api/v1/support/chat}: the contract's shape, sessions, and every bad request answered with a 400. */
class ChatApiTest extends WebChatTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    ResultActions chat(String body, String language) throws Exception {
        return mvc.perform(post("/api/v1/support/chat")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language)
                .content(body));
    }

    static String session(ResultActions answer) throws Exception {
        return JsonPath.read(answer.andReturn().getResponse().getContentAsString(), "$.session");
    }

    @Test
    void aNewSessionAnswersInTheContractsShape() throws Exception {
        ResultActions answer = chat("{\"text\":\"bonjour\"}", "fr")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.session").value(org.hamcrest.Matchers.matchesPattern("[A-Za-z0-9_-]{43}")))
                .andExpect(jsonPath("$.messages.length()").value(1))
                .andExpect(jsonPath("$.messages[0].author").value("BOT"))
                .andExpect(jsonPath("$.messages[0].text").value("You wrote: bonjour"))
                .andExpect(jsonPath("$.quickReplies[0].title").value("Legal aid"))
                .andExpect(jsonPath("$.quickReplies[0].payload").value("LEGAL"))
                .andExpect(jsonPath("$.quickReplies[1].payload").value("FRANCAIS"));

        assertThat(answer.andReturn().getResponse().getHeaders("Set-Cookie")).isEmpty();
        verify(chatbot)
                .handle(
                        eq(new ConversationKey(ChatChannel.WEB, session(answer))),
                        eq(ChatInput.text("bonjour")),
                        eq("fr"),
                        any());
    }

    @Test
    void aSessionContinuesAndCarriesTheCounsellorsMessages() throws Exception {
        String session = session(chat("{\"text\":\"salam\"}", "ar"));
        ConversationKey key = new ConversationKey(ChatChannel.WEB, session);
        events.publishEvent(
                new ChatPushed(key, new ChatReply(ChatReply.Author.COUNSELLOR, "ar", List.of("Ana hna."), List.of())));

        chat("{\"session\":\"" + session + "\",\"text\":\"Legal aid\",\"payload\":\"LEGAL\"}", "ar")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.session").value(session))
                .andExpect(jsonPath("$.messages[*].author")
                        .value(org.hamcrest.Matchers.contains("COUNSELLOR", "BOT", "BOT")))
                .andExpect(jsonPath("$.messages[0].text").value("Ana hna."))
                .andExpect(jsonPath("$.messages[1].text").value("Lawyers can help you for free."))
                .andExpect(jsonPath("$.quickReplies.length()").value(0));

        verify(chatbot, times(2)).handle(eq(key), any(), eq("ar"), any());
    }

    @Test
    void anUnknownSessionStartsANewOne() throws Exception {
        String unknown = ConversationTokens.next();

        String session = session(chat("{\"session\":\"" + unknown + "\",\"text\":\"salam\"}", "ar")
                .andExpect(status().isOk()));

        assertThat(session).isNotEqualTo(unknown);
        verify(chatbot).handle(eq(new ConversationKey(ChatChannel.WEB, session)), any(), any(), any());
    }

    @Test
    void anEmptyMessageIsA400NamingTheFieldInTheCallersLanguage() throws Exception {
        chat("{\"text\":\"  \"}", "fr")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-input"))
                .andExpect(jsonPath("$.detail").value("Écrivez un message avant d’envoyer."))
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        chat("{}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        verifyNoInteractions(chatbot);
    }

    @Test
    void aMessageOverTwoThousandCharactersIsA400() throws Exception {
        chat("{\"text\":\"" + "ب".repeat(2001) + "\"}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2000")));
        chat("{\"text\":\"" + "ب".repeat(2000) + "\"}", "en").andExpect(status().isOk());
        verify(chatbot, times(1)).handle(any(), any(), any(), any());
    }

    @Test
    void invalidJsonIsA400() throws Exception {
        chat("{\"text\":", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unreadable-body"));
        chat("[1,2]", "en").andExpect(status().isBadRequest());
        verifyNoInteractions(chatbot);
    }

    @Test
    void theEndpointIsDocumentedForOpenApi() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Taawun API"))
                .andExpect(
                        jsonPath("$.paths['/api/v1/support/chat'].post.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/support/chat'].post.responses['400']")
                        .exists());
    }

    @Test
    void anEngineThatCannotAnswerIsA503() throws Exception {
        doThrow(new IllegalStateException("down")).when(chatbot).handle(any(), any(), any(), any());

        chat("{\"text\":\"salam\"}", "en")
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("chat-unavailable"));
    }
}
