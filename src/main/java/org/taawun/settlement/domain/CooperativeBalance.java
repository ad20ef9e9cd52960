package org.taawun.settlement.domain;

import java.util.List;
import java.util.UUID;
import org.taawun.shared.money.Money;

/**
 * What a cooperative is owed: in her own currency ({@code owed}), and per currency in all, by each shop holding her
 * money and by the platform (negative where she owes it, e.g. the commission on orders she delivered).
 */
public record CooperativeBalance(UUID cooperativeId, Money owed, List<InCurrency> currencies) {

    public record InCurrency(String currency, Money owed, List<Holder> holders) {}

    /** A shop (its id) or the platform (no id). */
    public record Holder(UUID shopId, Money owed) {}
}
