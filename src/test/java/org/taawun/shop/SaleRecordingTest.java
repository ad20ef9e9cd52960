package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.TaawunUser;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.StockLine;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.domain.Amount;
import org.taawun.shop.domain.RecordSale;
import org.taawun.shop.domain.Sale;
import org.taawun.shop.domain.SaleRecorder;

/**
 * Recording till sales: shelf prices, the commission rate in force, receipt numbers per shop and year, payments and
 * change, stock taken at the shop; every refusal changes nothing; one sale however many times and from however many
 * threads it arrives; offline sales are never lost (late, without session, at the till's price, of units gone).
 */
@TaawunTest
@RecordApplicationEvents
class SaleRecordingTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TillFixtures till;

    @Autowired
    SaleRecorder recorder;

    @Autowired
    Inventory inventory;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    UUID shop;
    TaawunUser manager;
    TaawunUser cashier;
    UUID session;
    UUID oil;
    UUID pot;

    @BeforeEach
    void aShopWithTwoItemsOnItsShelfAndAnOpenSession() {
        shop = fixtures.shop();
        manager = fixtures.shopManager(shop);
        cashier = till.cashier(shop);
        session = till.openSession(shop, cashier.id());
        oil = till.onShelf(shop, manager, "Huile", "95.00", 5);
        pot = till.onShelf(shop, manager, "Pot", "35.50", 3);
        jdbc.sql("update shop.shops set max_line_discount = 10 where id = ?")
                .param(shop)
                .update();
    }

    @Test
    void aSaleIsPricedAtTheShelfKeepsTheRateInForceTakesTheStockAndIsNumbered() {
        rate(null, "12.50", Instant.now().minusSeconds(7200));
        rate(DemoIds.COOP_ARGAN, "8.00", Instant.now().minusSeconds(7200));
        rate(DemoIds.COOP_ARGAN, "20.00", Instant.now().plusSeconds(7200)); // not yet in force

        RecordSale request = sale(
                List.of(line(oil, 2, null, null, null), line(pot, 1, "35.50", "3.50", "abîmé")),
                List.of(pay("CARD", "100.00", "T-991"), pay("CASH", "200")));
        SaleRecorder.Recorded recorded = as(cashier, request);

        Sale sale = recorded.sale();
        assertThat(recorded.created()).isTrue();
        assertThat(sale.number()).isEqualTo("R-" + Year.now().getValue() + "-000001");
        assertThat(sale.cashSessionId()).isEqualTo(session);
        assertThat(sale.total()).isEqualTo(Money.of("222.00", "MAD"));
        assertThat(sale.paid()).isEqualTo(Money.of("300.00", "MAD"));
        assertThat(sale.change()).isEqualTo(Money.of("78.00", "MAD"));
        assertThat(sale.flag()).isNull();
        assertThat(sale.payments())
                .extracting(p ->
                        p.method() + " " + p.amount().amount() + " " + p.kept().amount())
                .containsExactly("CARD 100.00 100.00", "CASH 200.00 122.00");
        assertThat(sale.lines()).extracting(Sale.Line::commissionRate).containsOnly(new BigDecimal("8.00"));
        assertThat(sale.lines().get(1).lineTotal()).isEqualTo(Money.of("32.00", "MAD"));
        assertThat(till.stock(oil, shop)).containsExactly(3, 0);
        assertThat(till.stock(pot, shop)).containsExactly(2, 0);
        assertThat(events.stream(SaleRecorded.class).filter(e -> e.saleId().equals(request.id())))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.shopId()).isEqualTo(shop);
                    assertThat(e.currency()).isEqualTo("MAD");
                    assertThat(e.lines())
                            .containsExactly(
                                    new SaleRecorded.Line(
                                            DemoIds.COOP_ARGAN,
                                            oil,
                                            2,
                                            Money.of("95.00", "MAD"),
                                            Money.of("0", "MAD"),
                                            new BigDecimal("8.00")),
                                    new SaleRecorded.Line(
                                            DemoIds.COOP_ARGAN,
                                            pot,
                                            1,
                                            Money.of("35.50", "MAD"),
                                            Money.of("3.50", "MAD"),
                                            new BigDecimal("8.00")));
                });

        Sale second = as(cashier, sale(List.of(line(pot, 1, null, null, null)), List.of(pay("CASH", "35.50"))))
                .sale();
        assertThat(second.number()).isEqualTo("R-" + Year.now().getValue() + "-000002");
        // another shop numbers its own receipts
        UUID otherShop = fixtures.shop();
        TaawunUser otherManager = fixtures.shopManager(otherShop);
        UUID otherOil = till.onShelf(otherShop, otherManager, "Huile", "90.00", 1);
        till.openSession(otherShop, otherManager.id());
        assertThat(at(
                                otherShop,
                                otherManager,
                                sale(List.of(line(otherOil, 1, null, null, null)), List.of(pay("CASH", "90"))))
                        .sale()
                        .number())
                .endsWith("-000001");
    }

    @Test
    void everyRefusalChangesNothing() {
        UUID otherShop = fixtures.shop();
        UUID notHere = till.onShelf(otherShop, fixtures.shopManager(otherShop), "Ailleurs", "10", 1);
        UUID otherSession = till.openSession(otherShop, cashier.id());
        UUID closed = till.openSession(shop, manager.id());
        till.closeSession(closed);
        List<RecordSale.Payment> cash = List.of(pay("CASH", "1000"));

        refused("invalid-input", sale(List.of(line(oil, 0, null, null, null)), cash));
        refused("invalid-input", sale(List.of(line(oil, -1, null, null, null)), cash));
        refused("unknown-item", sale(List.of(line(UUID.randomUUID(), 1, null, null, null)), cash));
        refused(
                "unknown-item",
                sale(List.of(line(oil, 1, null, null, null), line(notHere, 1, null, null, null)), cash));
        refused("discount-above-limit", sale(List.of(line(oil, 1, null, "9.51", "ami")), cash));
        refused("invalid-input", sale(List.of(line(oil, 1, null, "5", " ")), cash));
        refused("payments-short", sale(List.of(line(oil, 1, null, null, null)), List.of(pay("CASH", "94.99"))));
        refused(
                "payments-above-total",
                sale(List.of(line(oil, 1, null, null, null)), List.of(pay("CARD", "96"), pay("CASH", "10"))));
        refused("invalid-input", sale(List.of(line(oil, 1, null, null, null)), List.of(pay("CHEQUE", "95"))));
        refused("price-changed", sale(List.of(line(oil, 1, "90.00", null, null)), cash));
        refused(
                "not-enough-stock",
                sale(List.of(line(pot, 1, null, null, null), line(oil, 6, null, null, null)), cash));
        refused("session-of-another-shop", with(sale(List.of(line(oil, 1, null, null, null)), cash), otherSession));
        refused(
                "session-of-another-shop",
                offline(with(sale(List.of(line(oil, 1, null, null, null)), cash), otherSession)));
        refused("session-closed", with(sale(List.of(line(oil, 1, null, null, null)), cash), closed));
        refused("invalid-input", sale(List.of(line(oil, 1, null, null, null)), List.of(pay("CASH", "95.001"))));
        till.closeSession(session);
        refused("no-open-session", sale(List.of(line(oil, 1, null, null, null)), cash));

        assertThat(till.stock(oil, shop)).containsExactly(5, 0);
        assertThat(till.stock(pot, shop)).containsExactly(3, 0);
        assertThat(till.salesOf(shop)).isZero();
        assertThat(jdbc.sql("select count(*) from shop.receipt_counters where shop_id = ?")
                        .param(shop)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(events.stream(SaleRecorded.class)).isEmpty();
        // a cashier of another shop is refused before anything is read
        TaawunUser stranger = till.cashier(otherShop);
        assertThat(catchThrowableOfType(
                        org.springframework.security.access.AccessDeniedException.class,
                        () -> as(stranger, sale(List.of(line(oil, 1, null, null, null)), cash))))
                .isNotNull();
    }

    @Test
    void theSameSaleFromTwoThreadsAtOnceIsRecordedOnce() throws Exception {
        RecordSale request = sale(List.of(line(oil, 2, null, null, null)), List.of(pay("CASH", "190")));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<SaleRecorder.Recorded>> tabs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tabs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return as(cashier, request);
            }));
        }
        start.countDown();
        List<SaleRecorder.Recorded> answers =
                tabs.stream().map(CompletableFuture::join).toList();

        assertThat(answers).filteredOn(SaleRecorder.Recorded::created).hasSize(1);
        assertThat(answers)
                .extracting(a -> a.sale().number())
                .containsOnly(answers.get(0).sale().number());
        assertThat(till.salesOf(shop)).isEqualTo(1);
        assertThat(till.stock(oil, shop)).containsExactly(3, 0);
        assertThat(events.stream(SaleRecorded.class).filter(e -> e.saleId().equals(request.id())))
                .hasSize(1);
        // the counter was not consumed by the twins: the next sale follows on
        assertThat(as(cashier, sale(List.of(line(pot, 1, null, null, null)), List.of(pay("CASH", "40"))))
                        .sale()
                        .number())
                .endsWith("-000002");
    }

    @Test
    void theSameIdWithAnotherBodyIsRefusedAndTheSameBodyAnswersTheStoredSale() {
        RecordSale request = sale(List.of(line(oil, 1, "95", null, null)), List.of(pay("CASH", "100")));
        Sale first = as(cashier, request).sale();
        // the same sale spelled differently (amounts with other decimals, money objects) is the same sale
        RecordSale respelled = new RecordSale(
                request.id(),
                request.soldAt(),
                null,
                false,
                List.of(new RecordSale.Line(oil, 1, new Amount(new BigDecimal("95.00"), null), null, null)),
                List.of(new RecordSale.Payment("CASH", new Amount(new BigDecimal("100.0"), null), null)));
        SaleRecorder.Recorded again = as(cashier, respelled);
        assertThat(again.created()).isFalse();
        assertThat(again.sale()).isEqualTo(first);
        // even once the session closed, the till still gets its confirmation
        till.closeSession(session);
        assertThat(as(cashier, request).sale().id()).isEqualTo(first.id());

        ProblemException reused = catchThrowableOfType(
                ProblemException.class,
                () -> as(
                        cashier,
                        new RecordSale(
                                request.id(),
                                request.soldAt(),
                                null,
                                false,
                                request.lines(),
                                List.of(pay("CASH", "200")))));
        assertThat(reused.code()).isEqualTo("sale-id-reused");
        assertThat(reused.status().value()).isEqualTo(409);
        assertThat(till.salesOf(shop)).isEqualTo(1);
        assertThat(till.stock(oil, shop)).containsExactly(4, 0);
    }

    @Test
    void anOfflineSaleOfUnitsReservedMeanwhileIsRecordedWithAStockException() {
        // an online pickup order holds 4 of the 5 units at the shop
        transactions.executeWithoutResult(t -> inventory.reserve(List.of(new StockLine(oil, shop, 4)), "order"));

        refused("not-enough-stock", sale(List.of(line(oil, 3, null, null, null)), List.of(pay("CASH", "300"))));
        assertThat(till.stock(oil, shop)).containsExactly(5, 4);

        Sale sale = as(cashier, offline(sale(List.of(line(oil, 3, null, null, null)), List.of(pay("CASH", "300")))))
                .sale();

        assertThat(sale.flag()).isEqualTo("STOCK");
        assertThat(till.stock(oil, shop)).containsExactly(4, 4); // the reservation stays whole
        assertThat(jdbc.sql("select variant_id, shortfall from shop.stock_exceptions where sale_id = ?")
                        .param(sale.id())
                        .query((rs, i) -> rs.getObject(1, UUID.class) + " " + rs.getInt(2))
                        .list())
                .containsExactly(oil + " 2");
    }

    @Test
    void offlineSalesAreNeverLostLateWithoutSessionOrAtTheTillsPrice() {
        UUID earlier = session;
        till.closeSession(earlier);
        Sale late = as(
                        cashier,
                        offline(with(
                                sale(List.of(line(oil, 1, "90.00", null, null)), List.of(pay("CASH", "90"))), earlier)))
                .sale();
        assertThat(late.cashSessionId()).isEqualTo(earlier);
        assertThat(late.flag()).isEqualTo("LATE,PRICE");
        assertThat(late.total()).isEqualTo(Money.of("90.00", "MAD"));

        Sale none = as(cashier, offline(sale(List.of(line(pot, 1, null, null, null)), List.of(pay("MOBILE", "35.50")))))
                .sale();
        assertThat(none.cashSessionId()).isNull();
        assertThat(none.flag()).isEqualTo("NO_SESSION");
        assertThat(till.stock(oil, shop)).containsExactly(4, 0);
        assertThat(till.stock(pot, shop)).containsExactly(2, 0);
    }

    private void refused(String code, RecordSale request) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> as(cashier, request));
        assertThat(e).as(code).isNotNull();
        assertThat(e.code()).isEqualTo(code);
    }

    private SaleRecorder.Recorded as(TaawunUser who, RecordSale request) {
        return at(shop, who, request);
    }

    private SaleRecorder.Recorded at(UUID shopId, TaawunUser who, RecordSale request) {
        return Fixtures.as(who, () -> recorder.record(shopId, request));
    }

    private void rate(UUID cooperative, String rate, Instant from) {
        jdbc.sql("insert into shop.commission_rates (shop_id, cooperative_id, rate, effective_from, recorded_at)"
                        + " values (?, ?, ?, ?, now())")
                .params(shop, cooperative, new BigDecimal(rate), Timestamp.from(from))
                .update();
    }

    static RecordSale sale(List<RecordSale.Line> lines, List<RecordSale.Payment> payments) {
        return new RecordSale(UUID.randomUUID(), Instant.now(), null, null, lines, payments);
    }

    static RecordSale offline(RecordSale s) {
        return new RecordSale(s.id(), s.soldAt(), s.cashSessionId(), true, s.lines(), s.payments());
    }

    static RecordSale with(RecordSale s, UUID session) {
        return new RecordSale(s.id(), s.soldAt(), session, s.offline(), s.lines(), s.payments());
    }

    static RecordSale.Line line(UUID item, int quantity, String price, String discount, String reason) {
        return new RecordSale.Line(
                item,
                quantity,
                price == null ? null : Amount.of(price),
                discount == null ? null : Amount.of(discount),
                reason);
    }

    static RecordSale.Payment pay(String method, String amount) {
        return pay(method, amount, null);
    }

    static RecordSale.Payment pay(String method, String amount, String reference) {
        return new RecordSale.Payment(method, Amount.of(amount), reference);
    }
}
