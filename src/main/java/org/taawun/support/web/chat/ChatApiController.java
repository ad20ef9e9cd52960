package org.taawun.support.web.chat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.shared.ratelimit.LimitedAction;
import org.taawun.shared.ratelimit.RateLimited;
import org.taawun.support.chat.ChatInput;
import org.taawun.support.chat.QuickReply;

/**
 * The web chat for other clients (an app, a partner's site): the same conversations as {@code /help}, open to
 * visitors, with the session token in the body instead of a cookie.
 */
@RestController
@Tag(name = "Support chat", description = "The support chatbot for women facing violence")
class ChatApiController {

    private final WebConversations conversations;

    ChatApiController(WebConversations conversations) {
        this.conversations = conversations;
    }

    /**
     * What a client sends.
     *
     * @param session the token of the conversation, absent to start one
     * @param text what she wrote, or the title of the quick reply she tapped
     * @param payload the payload of the quick reply she tapped
     */
    record ChatRequest(String session, String text, String payload) {}

    /**
     * One message to show; {@code author} is {@code BOT} or {@code COUNSELLOR}; {@code calls} are the {@code tel:}
     * links of the numbers the bot gives in it, in order, for a client to make them tap-to-call.
     */
    record ChatMessage(String author, String text, List<String> calls) {}

    /** The answer: the session to send back next time, the messages to show and the quick replies under them. */
    record ChatAnswer(String session, List<ChatMessage> messages, List<QuickReply> quickReplies) {}

    @PostMapping(
            path = "/api/v1/support/chat",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Send a message to the support chatbot",
            description = "Starts a conversation when session is absent, unknown or expired (30 minutes without a"
                    + " message), and answers with the messages said since the client's last call (the bot's answer"
                    + " and any counsellor's message). The language follows Accept-Language until the conversation"
                    + " chooses one. Nothing is logged; the conversation is kept in memory only.")
    @ApiResponse(responseCode = "200", description = "The answer")
    @ApiResponse(
            responseCode = "400",
            description = "Empty text and payload, text over 2,000 characters, or a body that is not JSON",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
    @ApiResponse(
            responseCode = "503",
            description = "The chatbot cannot answer now",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
    @RateLimited(LimitedAction.SUPPORT_CHAT)
    ChatAnswer chat(@RequestBody ChatRequest body, Locale locale, HttpServletRequest request) {
        MessageRules.check(body.text(), body.payload());
        Transcript transcript =
                conversations.find(body.session()).orElseGet(() -> conversations.start(locale.getLanguage()));
        conversations.send(
                transcript,
                new ChatInput(body.text(), body.payload()),
                locale.getLanguage(),
                RequestCountry.of(request));
        List<ChatMessage> messages = transcript.undelivered().stream()
                .map(b -> new ChatMessage(b.speaker().name(), b.text(), b.calls()))
                .toList();
        return new ChatAnswer(transcript.token(), messages, transcript.quickReplies());
    }
}
