package org.taawun.settlement.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of a journal entry: an amount on an account, positive for a debit, negative for a credit. */
public record Posting(Account account, BigDecimal amount) {

    public Posting {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
        if (amount.scale() > Rounding.scale(account.currency())) {
            throw new IllegalArgumentException("amount " + amount + " is finer than " + account.currency());
        }
    }

    public static Posting debit(Account account, BigDecimal amount) {
        return new Posting(account, amount);
    }

    public static Posting credit(Account account, BigDecimal amount) {
        return new Posting(account, amount.negate());
    }

    Posting reversed() {
        return new Posting(account, amount.negate());
    }
}
