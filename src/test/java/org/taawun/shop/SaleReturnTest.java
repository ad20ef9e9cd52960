package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.taawun.shop.SaleRecordingTest.line;
import static org.taawun.shop.SaleRecordingTest.pay;
import static org.taawun.shop.SaleRecordingTest.sale;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.TaawunUser;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.domain.RecordReturn;
import org.taawun.shop.domain.ReturnRecorder;
import org.taawun.shop.domain.Sale;
import org.taawun.shop.domain.SaleRecorder;
import org.taawun.shop.domain.SaleReturn;

/**
 * Returns against a receipt: never more than sold less returned, idempotent by their id, with an open session, units
 * back on the shelf, refunds by the methods used (cash first up to the cash kept, then card, then mobile), the event.
 */
@TaawunTest
@RecordApplicationEvents
class SaleReturnTest {

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

    @Autowired
    ApplicationEvents events;

    UUID shop;
    TaawunUser cashier;
    UUID session;
    UUID oil;
    UUID pot;
    Sale sale;

    @BeforeEach
    void aSaleOfThreeOilsAndTwoPotsPaidByCardAndCash() {
        shop = fixtures.shop();
        TaawunUser manager = fixtures.shopManager(shop);
        cashier = till.cashier(shop);
        session = till.openSession(shop, cashier.id());
        oil = till.onShelf(shop, manager, "Huile", "100.00", 5);
        pot = till.onShelf(shop, manager, "Pot", "33.33", 4);
        jdbc.sql("update shop.shops set max_line_discount = 10 where id = ?")
                .param(shop)
                .update();
        // 300 + (66.66 - 6.66) = 360: 250 by card, 110 of the 200 cash handed over
        sale = Fixtures.as(
                        cashier,
                        () -> sales.record(
                                shop,
                                sale(
                                        List.of(line(oil, 3, null, null, null), line(pot, 2, null, "6.66", "ébréché")),
                                        List.of(pay("CARD", "250", "T-1"), pay("CASH", "200")))))
                .sale();
    }

    @Test
    void partialReturnsUpToTheSoldQuantityRefundCashFirstThenCard() {
        SaleReturn first = giveBack(UUID.randomUUID(), Map.of(0, 1, 1, 1));
        assertThat(first.total()).isEqualTo(Money.of("130.00", "MAD"));
        assertThat(first.lines())
                .extracting(l ->
                        l.position() + ":" + l.quantity() + ":" + l.amount().amount())
                .containsExactly("0:1:100.00", "1:1:30.00");
        assertThat(first.refunds())
                .containsExactly(
                        Map.entry("CASH", Money.of("110.00", "MAD")), Map.entry("CARD", Money.of("20.00", "MAD")));
        assertThat(first.cashSessionId()).isEqualTo(session);
        assertThat(till.stock(oil, shop)).containsExactly(3, 0);
        assertThat(till.stock(pot, shop)).containsExactly(3, 0);

        SaleReturn second = giveBack(UUID.randomUUID(), Map.of(0, 2, 1, 1));
        assertThat(second.total()).isEqualTo(Money.of("230.00", "MAD"));
        assertThat(second.refunds()).containsExactly(Map.entry("CARD", Money.of("230.00", "MAD")));
        assertThat(till.stock(oil, shop)).containsExactly(5, 0);

        ProblemException over =
                catchThrowableOfType(ProblemException.class, () -> giveBack(UUID.randomUUID(), Map.of(0, 1)));
        assertThat(over.code()).isEqualTo("return-above-sold");
        assertThat(till.stock(oil, shop)).containsExactly(5, 0);
        assertThat(events.stream(SaleReturned.class).filter(e -> e.saleId().equals(sale.id())))
                .hasSize(2)
                .first()
                .satisfies(e -> {
                    assertThat(e.returnId()).isEqualTo(first.id());
                    assertThat(e.shopId()).isEqualTo(shop);
                    assertThat(e.lines())
                            .containsExactly(
                                    new SaleReturned.Line(
                                            0,
                                            DemoIds.COOP_ARGAN,
                                            oil,
                                            1,
                                            Money.of("100.00", "MAD"),
                                            BigDecimal.ZERO.setScale(2)),
                                    new SaleReturned.Line(
                                            1,
                                            DemoIds.COOP_ARGAN,
                                            pot,
                                            1,
                                            Money.of("30.00", "MAD"),
                                            BigDecimal.ZERO.setScale(2)));
                });
    }

    @Test
    void aReturnIsRecordedOnceByItsIdAndAnotherBodyUnderItIsRefused() {
        UUID id = UUID.randomUUID();
        SaleReturn first = giveBack(id, Map.of(0, 2));
        ReturnRecorder.Recorded again = Fixtures.as(cashier, () -> returns.record(shop, request(id, Map.of(0, 2))));
        assertThat(again.created()).isFalse();
        assertThat(again.saleReturn()).isEqualTo(first);
        assertThat(till.stock(oil, shop)).containsExactly(4, 0);

        ProblemException reused = catchThrowableOfType(ProblemException.class, () -> giveBack(id, Map.of(0, 1)));
        assertThat(reused.code()).isEqualTo("return-id-reused");
        assertThat(till.stock(oil, shop)).containsExactly(4, 0);
    }

    @Test
    void aReturnNeedsAnOpenSessionAndALineOfTheSaleAndChangesNothingOtherwise() {
        ProblemException position =
                catchThrowableOfType(ProblemException.class, () -> giveBack(UUID.randomUUID(), Map.of(2, 1)));
        assertThat(position.code()).isEqualTo("invalid-input");
        ProblemException zero =
                catchThrowableOfType(ProblemException.class, () -> giveBack(UUID.randomUUID(), Map.of(0, 0)));
        assertThat(zero.code()).isEqualTo("invalid-input");
        till.closeSession(session);
        ProblemException closed =
                catchThrowableOfType(ProblemException.class, () -> giveBack(UUID.randomUUID(), Map.of(0, 1)));
        assertThat(closed.code()).isEqualTo("no-open-session");
        // a sale of another shop is not found from here
        UUID otherShop = fixtures.shop();
        TaawunUser otherCashier = till.cashier(otherShop);
        till.openSession(otherShop, otherCashier.id());
        ProblemException elsewhere = catchThrowableOfType(
                ProblemException.class,
                () -> Fixtures.as(
                        otherCashier, () -> returns.record(otherShop, request(UUID.randomUUID(), Map.of(0, 1)))));
        assertThat(elsewhere.code()).isEqualTo("sale-not-found");

        assertThat(till.stock(oil, shop)).containsExactly(2, 0);
        assertThat(jdbc.sql("select count(*) from shop.sale_returns where sale_id = ?")
                        .param(sale.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private SaleReturn giveBack(UUID id, Map<Integer, Integer> quantities) {
        return Fixtures.as(cashier, () -> returns.record(shop, request(id, quantities)))
                .saleReturn();
    }

    private RecordReturn request(UUID id, Map<Integer, Integer> quantities) {
        return new RecordReturn(
                id,
                sale.id(),
                new java.util.TreeMap<>(quantities)
                        .entrySet().stream()
                                .map(e -> new RecordReturn.Line(e.getKey(), e.getValue()))
                                .toList(),
                "ne convient pas");
    }
}
