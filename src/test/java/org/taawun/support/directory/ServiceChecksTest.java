package org.taawun.support.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taawun.cooperative.Country;

/** Phone numbers of the directory: short national numbers as written, full numbers in E.164 form. */
class ServiceChecksTest {

    @ParameterizedTest(name = "{1} {0} → {2}")
    @CsvSource(
            value = {
                "8350, MA, 8350",
                "19, MA, 19",
                "1 899, TN, 1899",
                "0522 11 22 33, MA, +212522112233",
                "+212 6 61 23 45 67, MA, +212661234567",
                "0800 00 12 34, MA, +212800001234",
                "71 000 000, TN, +21671000000",
                "00216 98 123 456, TN, +21698123456",
                "1, MA, ",
                "0612, MA, ",
                "1234567, MA, ",
                "+216 98 123 456, MA, ",
                "call me, TN, "
            })
    void phoneNumbers(String written, Country country, String stored) {
        assertThat(ServiceChecks.normalisePhone(written, country).orElse(null)).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({"yes, true", "OUI, true", "1, true", "x, true", "نعم, true", "no, false", "'', false", "maybe, false"})
    void csvBooleans(String written, boolean value) {
        assertThat(ServiceCsv.yes(written)).isEqualTo(value);
    }
}
