package org.taawun.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.TaawunUser;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shop.TillFixtures;
import org.taawun.shop.domain.Amount;
import org.taawun.shop.domain.RecordReturn;
import org.taawun.shop.domain.RecordSale;
import org.taawun.shop.domain.ReturnRecorder;
import org.taawun.shop.domain.SaleRecorder;

/**
 * Through the real till: a sale makes the shop owe the cooperative its price less the shop's commission, and returning
 * every unit in two goes brings what the shop owes her, and its commission, back to exactly zero.
 */
@TaawunTest
class TillToLedgerTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TillFixtures till;

    @Autowired
    SaleRecorder sales;

    @Autowired
    ReturnRecorder returns;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSaleAndItsReturnsAreBookedExactly() {
        UUID shop = fixtures.shop();
        TaawunUser manager = fixtures.shopManager(shop);
        TaawunUser cashier = till.cashier(shop);
        till.openSession(shop, cashier.id());
        UUID item = till.onShelf(shop, manager, "Savon " + UUID.randomUUID(), "33.33", 3);
        jdbc.sql("insert into shop.commission_rates (shop_id, rate, effective_from, recorded_at)"
                        + " values (?, 12.5, ?, now())")
                .params(shop, Timestamp.from(Instant.now().minusSeconds(3600)))
                .update();

        RecordSale request = new RecordSale(
                UUID.randomUUID(),
                Instant.now(),
                null,
                null,
                List.of(new RecordSale.Line(item, 3, null, null, null)),
                List.of(new RecordSale.Payment("CASH", Amount.of("99.99"), null)));
        UUID sale =
                Fixtures.as(cashier, () -> sales.record(shop, request)).sale().id();
        // 99.99 at 12.5 %: 12.49875 -> 12.50 commission, 87.49 owed to the cooperative
        await().atMost(Duration.ofSeconds(10)).until(() -> owed(shop).compareTo(new BigDecimal("87.49")) == 0);
        assertThat(commission(shop)).isEqualByComparingTo("12.50");

        Fixtures.as(
                cashier,
                () -> returns.record(
                        shop, new RecordReturn(UUID.randomUUID(), sale, List.of(new RecordReturn.Line(0, 1)), null)));
        Fixtures.as(
                cashier,
                () -> returns.record(
                        shop, new RecordReturn(UUID.randomUUID(), sale, List.of(new RecordReturn.Line(0, 2)), null)));
        await().atMost(Duration.ofSeconds(10)).until(() -> owed(shop).signum() == 0);
        assertThat(commission(shop)).isEqualByComparingTo("0");
        assertThat(cash(shop)).isEqualByComparingTo("0");
    }

    private BigDecimal owed(UUID shop) {
        return balance("COOPERATIVE_OWED", shop, "and cooperative_id = '" + DemoIds.COOP_ARGAN + "'")
                .negate();
    }

    private BigDecimal commission(UUID shop) {
        return balance("SHOP_COMMISSION", shop, "").negate();
    }

    private BigDecimal cash(UUID shop) {
        return balance("SHOP_CASH", shop, "");
    }

    private BigDecimal balance(String kind, UUID shop, String and) {
        return jdbc.sql("select coalesce(sum(balance), 0) from settlement.accounts where kind = ? and shop_id = ? "
                        + and)
                .params(kind, shop)
                .query(BigDecimal.class)
                .single();
    }
}
