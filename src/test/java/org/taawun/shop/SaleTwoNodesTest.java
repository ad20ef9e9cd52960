package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
import org.taawun.Fixtures;
import org.taawun.TaawunApplication;
import org.taawun.identity.TaawunUser;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.domain.Amount;
import org.taawun.shop.domain.RecordSale;
import org.taawun.shop.domain.SaleRecorder;

/**
 * Two application nodes on one PostgreSQL: a till that lost its answers sends the same sale to both, many times at
 * once; the sale is recorded once and its units leave the shop once. Another body under its id is refused on either.
 */
class SaleTwoNodesTest {

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
    void theSameSaleSentToTwoNodesAtOnceIsRecordedOnce() throws Exception {
        Fixtures fixtures = nodeA.getBean(Fixtures.class);
        TillFixtures till = nodeA.getBean(TillFixtures.class);
        UUID shop = fixtures.shop();
        TaawunUser manager = fixtures.shopManager(shop);
        TaawunUser cashier = till.cashier(shop);
        till.openSession(shop, cashier.id());
        UUID oil = till.onShelf(shop, manager, "Huile", "70.00", 3);
        RecordSale sale = new RecordSale(
                UUID.randomUUID(),
                Instant.now(),
                null,
                false,
                List.of(new RecordSale.Line(oil, 2, Amount.of("70"), null, null)),
                List.of(new RecordSale.Payment("CASH", Amount.of("140"), null)));
        List<SaleRecorder> nodes = List.of(nodeA.getBean(SaleRecorder.class), nodeB.getBean(SaleRecorder.class));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SaleRecorder.Recorded>> sends = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            SaleRecorder node = nodes.get(i % 2);
            sends.add(pool.submit(() -> {
                start.await();
                return Fixtures.as(cashier, () -> node.record(shop, sale));
            }));
        }
        start.countDown();
        List<SaleRecorder.Recorded> answers = new ArrayList<>();
        for (Future<SaleRecorder.Recorded> send : sends) {
            answers.add(send.get());
        }
        pool.shutdown();

        assertThat(answers).filteredOn(SaleRecorder.Recorded::created).hasSize(1);
        assertThat(answers).extracting(a -> a.sale().id()).containsOnly(sale.id());
        assertThat(answers)
                .extracting(a -> a.sale().number())
                .containsOnly(answers.get(0).sale().number());
        JdbcClient jdbc = nodeB.getBean(JdbcClient.class);
        assertThat(till.salesOf(shop)).isEqualTo(1);
        assertThat(till.stock(oil, shop)).containsExactly(1, 0);
        assertThat(jdbc.sql("select count(*) from inventory.movements where variant_id = ? and reason = 'SOLD'")
                        .param(oil)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        RecordSale other = new RecordSale(
                sale.id(),
                sale.soldAt(),
                null,
                false,
                List.of(new RecordSale.Line(oil, 1, null, null, null)),
                sale.payments());
        for (SaleRecorder node : nodes) {
            try {
                Fixtures.as(cashier, () -> node.record(shop, other));
                throw new AssertionError("another body under the same id was recorded");
            } catch (ProblemException e) {
                assertThat(e.code()).isEqualTo("sale-id-reused");
            }
        }
        assertThat(till.stock(oil, shop)).containsExactly(1, 0);
    }
}
