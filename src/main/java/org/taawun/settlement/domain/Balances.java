package org.taawun.settlement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.shared.money.Money;

/** Reads of what cooperatives are owed, from the balances of their accounts (no access check: callers check). */
@Component
class Balances {

    /** What one holder (a shop, or the platform when {@code shopId} is null) owes the cooperative. */
    record Held(UUID shopId, Money owed) {}

    /** What the cooperative is owed in one currency, in all and by each holder. */
    record InCurrency(String currency, Money owed, List<Held> holders) {}

    private final JdbcClient jdbc;

    Balances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per currency (in code order), what the cooperative is owed by each shop and by the platform. */
    @Transactional(readOnly = true)
    List<InCurrency> of(UUID cooperativeId) {
        Map<String, List<Held>> byCurrency = new LinkedHashMap<>();
        jdbc.sql(
                        "select currency, shop_id, balance from settlement.accounts"
                                + " where kind = 'COOPERATIVE_OWED' and cooperative_id = ? order by currency, shop_id nulls first")
                .param(cooperativeId)
                .query((rs, i) -> {
                    String currency = rs.getString(1);
                    byCurrency
                            .computeIfAbsent(currency, c -> new ArrayList<>())
                            .add(new Held(
                                    rs.getObject(2, UUID.class),
                                    new Money(rs.getBigDecimal(3).negate(), currency)));
                    return null;
                })
                .list();
        List<InCurrency> result = new ArrayList<>();
        byCurrency.forEach((currency, holders) -> result.add(new InCurrency(
                currency, holders.stream().map(Held::owed).reduce(Money.zero(currency), Money::plus), holders)));
        return result;
    }

    /** The shops that hold (or held) the cooperative's money. */
    @Transactional(readOnly = true)
    List<UUID> shopsHolding(UUID cooperativeId) {
        return jdbc.sql("select distinct shop_id from settlement.accounts"
                        + " where kind = 'COOPERATIVE_OWED' and cooperative_id = ? and shop_id is not null")
                .param(cooperativeId)
                .query(UUID.class)
                .list();
    }

    /**
     * Locks the cooperative's accounts in the currency and the other account the caller will post to, all in id order
     * (as bookings update balances, so the two never wait on each other in a circle) until the transaction ends, and
     * answers what each holder owes her (shop id, or null for the platform).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<UUID, BigDecimal> lockOwed(UUID cooperativeId, String currency, long otherAccount) {
        Map<UUID, BigDecimal> owed = new LinkedHashMap<>();
        jdbc.sql("select kind, shop_id, balance from settlement.accounts where (kind = 'COOPERATIVE_OWED'"
                        + " and cooperative_id = ? and currency = ?) or id = ? order by id for update")
                .params(cooperativeId, currency, otherAccount)
                .query((rs, i) -> {
                    if (rs.getString(1).equals(AccountKind.COOPERATIVE_OWED.name())) {
                        owed.put(
                                rs.getObject(2, UUID.class), rs.getBigDecimal(3).negate());
                    }
                    return null;
                })
                .list();
        return owed;
    }
}
