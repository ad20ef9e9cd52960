package org.taawun.support.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One comparable form for what people type, in every script the chatbot reads. */
class TextNormaliserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Arabic: alef and hamza forms, teh marbuta, alef maksura, diacritics, tatweel
                "أنا في خطر | انا في خطر",
                "إمرأة | امراه",
                "آمنة | امنه",
                "ٱلقانون | القانون",
                "مُحَامِيَة | محاميه",
                "مستشفىٰ | مستشفي",
                "عـــنـــف | عنف",
                "مسؤول | مسول",
                "سائلة | سايله",
                "شيء | شي",
                "ﻻ | لا",
                "٨٣٥٠ | 8350",
                "۱۹ | 19",
                "ڭال | كال",
                "ڤيلا | فيلا",
                // Latin-script Darija: digits as letters, squeezed repeats
                "3teqni | ateqni",
                "bgha y9telni | bgha yqtelni",
                "7bsni | hbsni",
                "5ayfa | khayfa",
                "8alta | ghalta",
                "so2al | soal",
                "m3a | ma",
                "bzzzaf | bzaf",
                "BGHIT NMOUUUT | bghit nmout",
                // numbers, units and numbers alone stay
                "8350 | 8350",
                "0 | 0",
                "1899 | 1899",
                "5kg | 5kg",
                "7h | 7h",
                "103-13 | 103 13",
                // French: accents, apostrophes, ligatures, punctuation
                "J’ai été VIOLÉE !!! | j ai ete viole",
                "l'hôpital | l hopital",
                "Où aller ? | ou aler",
                "cœur | coeur",
                "Ça va... | ca va",
                // English and mixed scripts
                "He's hitting me, HELP | he s hiting me help",
                "salamعليكم | salam عليكم",
                "espaces\u00a0insécables | espaces insecables",
                "😀 ok 👍 | ok",
                "ｆｕｌｌ　ｗｉｄｔｈ | ful width"
            })
    void normalises(String text, String expected) {
        assertThat(TextNormaliser.normalise(text)).isEqualTo(expected);
    }

    @Test
    void nothingToReadGivesNoWords() {
        assertThat(TextNormaliser.tokens(null)).isEmpty();
        assertThat(TextNormaliser.tokens("")).isEmpty();
        assertThat(TextNormaliser.tokens(" ?!… ")).isEmpty();
        assertThat(TextNormaliser.tokens("\uD800 broken surrogate")).containsExactly("broken", "surogate");
        assertThat(TextNormaliser.tokens("tabs\tand\nlines")).containsExactly("tabs", "and", "lines");
    }

    @Test
    void normalisingTwiceChangesNothing() {
        for (String text : new String[] {"J’ai été VIOLÉE", "أنا في خطر", "3teqni bzzzaf", "كيضربني دابا"}) {
            String once = TextNormaliser.normalise(text);
            assertThat(TextNormaliser.normalise(once)).isEqualTo(once);
        }
    }
}
