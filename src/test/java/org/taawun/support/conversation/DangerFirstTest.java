package org.taawun.support.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.taawun.support.chat.Chatbot;

/**
 * Danger as the very first message is answered with the emergency numbers before anything else, the welcome and its
 * language choice included, in the language the danger was written in, or in Arabic and French when that is not
 * known (Darija in Latin script).
 */
@EngineTest
class DangerFirstTest {

    static final String ARABIC = "لست وحدك";
    static final String FRENCH = "Vous n’êtes pas seule";
    static final String ENGLISH = "You are not alone";
    static final String WELCOME_FR = "Je suis là pour vous écouter";

    @Autowired
    Chatbot bot;

    @ParameterizedTest(name = "{0} on a page in {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "mon mari me frappe | ar | fr",
                "il m'a enfermée dans la chambre | en | fr",
                "mon frère m'a violée | ar | fr",
                "he has a knife | fr | en",
                "I want to die | ar | en",
                "كيهددني بالموت | fr | ar",
                "راجلي كيقتلني دابا | en | ar"
            })
    void aFirstMessageInDangerIsAnsweredInItsLanguage(String phrase, String page, String answered) {
        Chat chat = new Chat(bot, page).write(phrase);
        assertThat(chat.reply().language()).isEqualTo(answered);
        String expected = switch (answered) {
            case "fr" -> FRENCH;
            case "en" -> ENGLISH;
            default -> ARABIC;
        };
        chat.says(expected, "— 8350", "— 19").saysNot("العربية", "Français", WELCOME_FR);
        assertThat(chat.titles())
                .doesNotContain("العربية", "Français", "English")
                .isNotEmpty();
        for (String other : new String[] {ARABIC, FRENCH, ENGLISH}) {
            if (!other.equals(expected)) {
                chat.saysNot(other);
            }
        }
    }

    @ParameterizedTest(name = "{0} on a page in {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "rajli kay9tlni daba | ar | التحدث مع مستشارة",
                "kayhddni b lmout | fr | Parler à quelqu’un",
                "3endi jer7 w kaydem | en | التحدث مع مستشارة"
            })
    void aFirstMessageInDarijaInLatinScriptIsAnsweredInArabicAndFrench(String phrase, String page, String title) {
        Chat chat = new Chat(bot, page).write(phrase);
        chat.says(ARABIC, FRENCH, "— 8350").saysNot(ENGLISH, WELCOME_FR);
        assertThat(chat.titles()).contains(title).doesNotContain("العربية", "Français", "English");
    }
}
