package org.taawun.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rounding rule of docs/settlement.md, and entries that do not sum to zero refused before the database. */
class RoundingTest {

    @ParameterizedTest(name = "{0} {2} at {1} % -> {3}")
    @CsvSource({
        "10.05, 5, MAD, 0.50", // 0.5025 -> 0.50
        "10.10, 5, MAD, 0.50", // 0.505 -> 0.50 (half to even)
        "10.30, 5, MAD, 0.52", // 0.515 -> 0.52 (half to even)
        "99.99, 7.5, MAD, 7.50",
        "37.000, 12.50, TND, 4.625",
        "0.010, 33.33, TND, 0.003",
        "100.00, 0, MAD, 0.00",
        "100.00, 100, MAD, 100.00"
    })
    void commissionIsHalfEvenAtTheCurrencysScaleAndTheShareIsTheRest(
            String amount, String rate, String currency, String commission) {
        Rounding.Split split = Rounding.split(new BigDecimal(amount), new BigDecimal(rate), currency);
        assertThat(split.commission()).isEqualTo(new BigDecimal(commission));
        assertThat(split.commission().add(split.share())).isEqualByComparingTo(amount);
        assertThat(split.share().scale()).isEqualTo(Rounding.scale(currency));
    }

    @Test
    void anAmountFinerThanItsCurrencyIsRefusedNotRounded() {
        assertThatThrownBy(() -> Rounding.split(new BigDecimal("1.005"), BigDecimal.TEN, "MAD"))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Posting.debit(Account.platformCommission("MAD"), new BigDecimal("1.005")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEntryThatDoesNotSumToZeroPerCurrencyIsRefused() {
        UUID cooperative = UUID.randomUUID();
        assertThatThrownBy(() -> new JournalEntry(
                        EntryKind.PAYOUT,
                        "test",
                        "1",
                        cooperative,
                        Instant.now(),
                        null,
                        List.of(
                                Posting.debit(Account.owed(cooperative, null, "MAD"), new BigDecimal("1.00")),
                                Posting.credit(Account.platformPayouts("TND"), new BigDecimal("1.000")))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
