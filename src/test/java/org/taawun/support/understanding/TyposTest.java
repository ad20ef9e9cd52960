package org.taawun.support.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Damerau-Levenshtein tolerance: 1 edit from five letters, 2 from eight, the first letter right. */
class TyposTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        // one edit on five to seven letters
        "plante, plainte, true",
        "avocta, avocat, true",
        "hopitl, hopital, true",
        "yqtlni, yqtelni, true",
        "psycholgue, psychologue, true",
        // two edits from eight letters
        "kaydrabni, kaydrebni, true",
        "kaidrebni, kaydrebni, true",
        "violonce, violence, true",
        "harcelemnt, harcelement, true",
        // too many edits
        "plnte, plainte, false",
        "kdrbni, kaydrebni, false",
        // short words are taken as written
        "tuer, tuee, false",
        "loi, lois, false",
        // the first letter must be right
        "courir, mourir, false",
        "tqtelni, yqtelni, false",
        // a Darija negation is not a typo
        "kaydrebnich, kaydrebni, false",
        "كيضربنيش, كيضربني, false",
        // equal is not near (that is an exact match)
        "police, police, false"
    })
    void nearWords(String typed, String expected, boolean near) {
        assertThat(Typos.near(typed, expected)).isEqualTo(near);
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({"abcd, abdc, 1", "ca, abc, 3", "kitten, sitting, 3", "same, same, 0", "'', abc, 3"})
    void distanceIsTheOptimalStringAlignment(String a, String b, int distance) {
        assertThat(Typos.distance(a, b, 10)).isEqualTo(distance);
    }

    @ParameterizedTest
    @CsvSource({"abcdefgh, zyxwvuts", "short, muchlongerword"})
    void distanceStopsEarlyPastTheMaximum(String a, String b) {
        assertThat(Typos.distance(a, b, 2)).isEqualTo(3);
    }
}
