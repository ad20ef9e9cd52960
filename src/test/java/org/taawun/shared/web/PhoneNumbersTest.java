package org.taawun.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
        "'+212 661 23 45 01', MA, +212661234501",
        "'0661-23-45-01', MA, +212661234501",
        "'00212 7 12 34 56 78', MA, +212712345678",
        "'0522 12 34 56', MA, +212522123456",
        "'+216 98 123 403', TN, +21698123403",
        "'98 123 403', TN, +21698123403",
    })
    void normalisesValidNumbers(String raw, String country, String expected) {
        assertThat(PhoneNumbers.normalise(raw, country)).contains(expected);
    }

    @ParameterizedTest(name = "{0} in {1} is refused")
    @CsvSource({
        "'0661 23 45', MA",
        "'+212 861 23 45 01', MA",
        "'+216 98 123 403', MA",
        "'+212 661 23 45 01', TN",
        "'98 123 4030', TN",
        "'abc', MA",
        "'', TN",
    })
    void refusesInvalidNumbers(String raw, String country) {
        assertThat(PhoneNumbers.normalise(raw, country)).isEmpty();
    }
}
