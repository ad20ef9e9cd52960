package org.taawun.support.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.QuickReply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Answers of the engine within Messenger's limits. */
class SendApiMessagesTest {

    final ObjectMapper json = JsonMapper.builder().build();
    final SendApiMessages composer = new SendApiMessages(json, messages());

    @Test
    void atMostThirteenQuickRepliesWithTitlesOfAtMostTwentyCharacters() {
        List<QuickReply> many = IntStream.range(0, 20)
                .mapToObj(i -> new QuickReply("Réponse numéro " + i + " bien trop longue", "P" + i))
                .toList();
        List<String> bodies = composer.bodies(reply(List.of("Choisissez"), many));

        JsonNode buttons = json.readTree(bodies.get(0)).path("message").path("quick_replies");
        assertThat(buttons.size()).isEqualTo(13);
        assertThat(buttons.get(12).path("payload").asString()).isEqualTo("P12");
        for (JsonNode button : buttons) {
            assertThat(button.path("title").asString()).hasSizeLessThanOrEqualTo(20);
        }
        assertThat(buttons.get(0).path("title").asString()).isEqualTo("Réponse numéro 0 bie");
    }

    @Test
    void titlesAreCutWithoutBreakingACharacterAndBlankButtonsAreLeftOut() {
        String arabic = "تحدثي مع مستشارة الآن من فضلك";
        String emoji = "😀".repeat(25);
        List<String> bodies = composer.bodies(reply(
                List.of("?"),
                List.of(
                        new QuickReply(arabic, "HUMAN"),
                        new QuickReply(emoji, "SMILE"),
                        new QuickReply(" ", "BLANK"),
                        new QuickReply("No payload", null))));

        JsonNode buttons = json.readTree(bodies.get(0)).path("message").path("quick_replies");
        assertThat(buttons.size()).isEqualTo(2);
        assertThat(buttons.get(0).path("title").asString()).isEqualTo(arabic.substring(0, 20));
        assertThat(buttons.get(1).path("title").asString()).isEqualTo("😀".repeat(20));
    }

    @Test
    void longTextsAreSplitAtSpacesAndQuickRepliesGoUnderTheLastPartOnly() {
        String word = "kalima ";
        String text = word.repeat(700).strip();
        List<String> bodies = composer.bodies(reply(List.of(text), List.of(new QuickReply("Menu", "MENU"))));

        assertThat(bodies).hasSize(3);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < bodies.size(); i++) {
            JsonNode message = json.readTree(bodies.get(i)).path("message");
            String part = message.path("text").asString();
            assertThat(part)
                    .hasSizeLessThanOrEqualTo(2000)
                    .doesNotStartWith(" ")
                    .endsWith("kalima");
            assertThat(message.has("quick_replies")).isEqualTo(i == bodies.size() - 1);
            joined.append(i == 0 ? "" : " ").append(part);
        }
        assertThat(joined.toString()).isEqualTo(text);
        assertThat(SendApiMessages.split("x".repeat(4500)))
                .extracting(String::length)
                .containsExactly(2000, 2000, 500);
    }

    @Test
    void quickRepliesWithoutTextGetTheLocalisedPromptAndAnEmptyAnswerSendsNothing() {
        List<String> bodies = composer.bodies(reply(List.of(), List.of(new QuickReply("Menu", "MENU"))));
        assertThat(json.readTree(bodies.get(0)).path("message").path("text").asString())
                .isEqualTo("Choisissez");
        assertThat(composer.bodies(reply(List.of(" "), List.of()))).isEmpty();
    }

    private static ChatReply reply(List<String> messages, List<QuickReply> quickReplies) {
        return new ChatReply(ChatReply.Author.BOT, "fr", messages, quickReplies);
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("support-messenger.choose", Locale.FRENCH, "Choisissez");
        return messages;
    }
}
