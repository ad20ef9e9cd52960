package org.taawun.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.ordering.DeliveryMethod;
import org.taawun.ordering.OrderFixtures;
import org.taawun.ordering.PartStatus;
import org.taawun.ordering.Payment;
import org.taawun.ordering.domain.OrderPlacement;
import org.taawun.ordering.domain.OrderView;
import org.taawun.ordering.domain.PartWorkflow;
import org.taawun.ordering.domain.PlaceOrder;
import org.taawun.settlement.domain.CommissionSettings;

/**
 * Through the real order workflow: a cash-on-delivery part delivered makes its cooperative owe the platform the
 * commission on its goods (not on the delivery fee) at her rate; a part returned before delivery books nothing.
 */
@TaawunTest
class MarketplaceBookingTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrderFixtures orderFixtures;

    @Autowired
    OrderPlacement placement;

    @Autowired
    PartWorkflow workflow;

    @Autowired
    CommissionSettings commission;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeliveredPartOwesThePlatformItsCommission() {
        UUID cooperative = fixtures.verifiedCooperative();
        String manager = jdbc.sql("select applicant_email from cooperative.cooperatives where id = ?")
                .param(cooperative)
                .query(String.class)
                .single();
        UUID variant = orderFixtures.product(manager, cooperative, "Jarre " + UUID.randomUUID(), "33.33", 10);
        fixtures.asUser("admin@taawun.test", () -> {
            commission.record(cooperative, new BigDecimal("7.5"), null);
            return null;
        });

        UUID delivered = part(variant, 3);
        UUID refusedAtTheDoor = part(variant, 1);
        fixtures.asUser(manager, () -> {
            for (PartStatus status : List.of(PartStatus.ACCEPTED, PartStatus.SHIPPED, PartStatus.DELIVERED)) {
                workflow.move(delivered, status, null);
            }
            for (PartStatus status : List.of(PartStatus.ACCEPTED, PartStatus.SHIPPED, PartStatus.RETURNED)) {
                workflow.move(refusedAtTheDoor, status, null);
            }
            return null;
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> entries(delivered) == 1);
        // 3 x 33.33 = 99.99 at 7.5 %: 7.49925, rounded half-even to 7.50
        assertThat(platformOwes(cooperative)).isEqualByComparingTo("-7.50");
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> entries(refusedAtTheDoor) == 0);
    }

    private UUID part(UUID variant, int quantity) {
        OrderView order = placement.place(
                new PlaceOrder(
                        List.of(new PlaceOrder.Line(variant, quantity)),
                        new PlaceOrder.Delivery(DeliveryMethod.HOME, null),
                        Payment.CASH_ON_DELIVERY,
                        new PlaceOrder.CustomerDetails("Buyer", "0612345678", "Rue 1", "Casablanca", "MA-06")),
                null,
                null);
        return order.parts().get(0).id();
    }

    private int entries(UUID partId) {
        return jdbc.sql("select count(*) from settlement.entries where source_id = ?")
                .param(partId.toString())
                .query(Integer.class)
                .single();
    }

    private BigDecimal platformOwes(UUID cooperative) {
        return jdbc.sql("select coalesce(-sum(balance), 0) from settlement.accounts where kind = 'COOPERATIVE_OWED'"
                        + " and cooperative_id = ? and shop_id is null")
                .param(cooperative)
                .query(BigDecimal.class)
                .single();
    }
}
