package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.TaawunUser;
import org.taawun.inventory.NotEnoughStockException;
import org.taawun.ordering.OrderFixtures;
import org.taawun.ordering.domain.OrderPlacement;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.domain.RecordSale;
import org.taawun.shop.domain.SaleRecorder;

/**
 * The shop's till and the web race for a shelf's last units: customers ordering for pickup at the shop and a cashier
 * ringing up the same item at once, on many threads. Exactly as many units are sold as there were, each once: every
 * other attempt is refused (the order with not enough stock, the online till sale with {@code not-enough-stock}) and
 * no stock exception is left to resolve.
 */
@TaawunTest
class ShopAndWebRaceTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TillFixtures till;

    @Autowired
    SaleRecorder sales;

    @Autowired
    OrderPlacement orders;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLastUnitsAreSoldOnceWhicheverChannelComesFirst() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser manager = fixtures.shopManager(shop);
        TaawunUser cashier = till.cashier(shop);
        UUID session = till.openSession(shop, cashier.id());
        int units = 4;
        UUID item = till.onShelf(shop, manager, "Couscous", "42.00", units);

        int attempts = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            boolean atTheTill = i % 2 == 0;
            outcomes.add(pool.submit(() -> {
                start.await();
                return atTheTill ? tillSale(shop, cashier, session, item) : pickupOrder(shop, item);
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        long sold = results.stream().filter("sold"::equals).count();
        long ordered = results.stream().filter("ordered"::equals).count();
        assertThat(sold + ordered).as(results.toString()).isEqualTo(units);
        assertThat(results).containsOnly("sold", "ordered", "refused");
        assertThat(till.stock(item, shop)).as("on hand, reserved").containsExactly((int) (units - sold), (int) ordered);
        assertThat(till.salesOf(shop)).isEqualTo(sold);
        assertThat(jdbc.sql("select count(*) from shop.stock_exceptions where shop_id = ?")
                        .param(shop)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String tillSale(UUID shop, TaawunUser cashier, UUID session, UUID item) {
        RecordSale sale = new RecordSale(
                UUID.randomUUID(),
                java.time.Instant.now(),
                session,
                false,
                List.of(SaleRecordingTest.line(item, 1, null, null, null)),
                List.of(SaleRecordingTest.pay("CASH", "50")));
        try {
            Fixtures.as(cashier, () -> sales.record(shop, sale));
            return "sold";
        } catch (ProblemException e) {
            assertThat(e.code()).isEqualTo("not-enough-stock");
            return "refused";
        }
    }

    private String pickupOrder(UUID shop, UUID item) {
        try {
            orders.place(OrderFixtures.pickup(item, 1, shop), null, null);
            return "ordered";
        } catch (NotEnoughStockException e) {
            return "refused";
        }
    }
}
