package org.taawun.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.TaawunApplication;
import org.taawun.inventory.NotEnoughStockException;
import org.taawun.ordering.domain.OrderPlacement;
import org.taawun.ordering.domain.OrderView;
import org.taawun.ordering.domain.PlaceOrder;
import org.taawun.shared.demo.DemoIds;

/**
 * Two application nodes on one PostgreSQL, 200 buyers racing for 50 units: exactly 50 orders, 150 clear refusals,
 * nothing left and nothing sold twice.
 */
class OversellingTest {

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = node();
        nodeB = node();
    }

    @AfterAll
    static void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(TaawunApplication.class)
                .profiles("test")
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run();
    }

    @Test
    void twoHundredBuyersOnTwoNodesShareFiftyUnitsExactly() throws Exception {
        UUID variant = nodeA.getBean(OrderFixtures.class)
                .product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Pièce unique " + UUID.randomUUID(), "99.00", 50);
        List<OrderPlacement> nodes = List.of(nodeA.getBean(OrderPlacement.class), nodeB.getBean(OrderPlacement.class));
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            OrderPlacement node = nodes.get(i % 2);
            int buyer = i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    OrderView order = node.place(order(variant, buyer), null, null);
                    return "placed " + order.parts().get(0).number();
                } catch (NotEnoughStockException e) {
                    return "refused " + e.code();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes.stream().filter(o -> o.startsWith("placed")))
                .hasSize(50)
                .doesNotHaveDuplicates();
        assertThat(outcomes.stream().filter(o -> o.equals("refused not-enough-stock")))
                .hasSize(150);
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select on_hand - reserved from inventory.stock_levels where variant_id = ?")
                        .param(variant)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select coalesce(sum(quantity), 0) from ordering.order_lines where variant_id = ?")
                        .param(variant)
                        .query(Integer.class)
                        .single())
                .isEqualTo(50);
    }

    private static PlaceOrder order(UUID variant, int buyer) {
        return new PlaceOrder(
                List.of(new PlaceOrder.Line(variant, 1)),
                new PlaceOrder.Delivery(DeliveryMethod.HOME, null),
                Payment.CASH_ON_DELIVERY,
                new PlaceOrder.CustomerDetails(
                        "Buyer " + buyer, "06" + String.format("%08d", buyer), "Rue " + buyer, "Casablanca", "MA-06"));
    }
}
