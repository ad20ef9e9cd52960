package org.taawun.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.TaawunUser;
import org.taawun.ordering.OrderPartStatusChanged;
import org.taawun.ordering.PartStatus;
import org.taawun.ordering.Payment;
import org.taawun.shared.web.ProblemException;

/**
 * Property-style: seeded random sequences of till sales, partial and full returns, cash-on-delivery parts delivered
 * and returned, payouts (some above the balance) and events delivered again. After each sequence: every entry sums to
 * zero per currency, every balance equals the sum of its lines, each source event is booked once, what each holder
 * owes each cooperative equals an independent running model, a payout never took an account below zero, and a line
 * returned in full reversed exactly what its sale booked.
 */
@TaawunTest
class LedgerPropertyTest {

    @Autowired
    SaleBookings sales;

    @Autowired
    OrderBookings orders;

    @Autowired
    PayoutService payouts;

    @Autowired
    PlatformRates rates;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    /** What one sale line booked, as the model sees it. */
    static final class ModelLine {
        UUID saleId;
        int position;
        UUID shopId;
        UUID cooperativeId;
        UUID variantId;
        String currency;
        int quantity;
        BigDecimal net;
        BigDecimal rate;
        BigDecimal commission;
        int returned;
        BigDecimal refunded = BigDecimal.ZERO;
        BigDecimal commissionBack = BigDecimal.ZERO;
    }

    record Holder(UUID cooperativeId, UUID shopId, String currency) {}

    final Map<Holder, BigDecimal> owed = new HashMap<>();
    final List<ModelLine> lines = new ArrayList<>();
    final List<Runnable> replays = new ArrayList<>();
    final List<OrderPartStatusChanged> delivered = new ArrayList<>();
    final List<String> sourceIds = new ArrayList<>();
    int bookedEvents;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1013, 65537, 271828})
    void randomSequencesKeepTheLedgerBalanced(long seed) {
        Random random = new Random(seed);
        List<UUID> cooperatives = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Map<UUID, String> shops = Map.of(UUID.randomUUID(), "MAD", UUID.randomUUID(), "TND");
        List<UUID> shopIds = new ArrayList<>(shops.keySet());
        TaawunUser admin = fixtures.user("admin@taawun.test");
        BigDecimal platformRate = new BigDecimal(random.nextInt(2001)).movePointLeft(2);
        for (UUID c : cooperatives) {
            rates.record(c, platformRate, Instant.now().minusSeconds(60), admin.id());
        }
        for (int step = 0; step < 60; step++) {
            int op = random.nextInt(10);
            if (op < 4) {
                UUID shop = shopIds.get(random.nextInt(shopIds.size()));
                sale(random, shop, shops.get(shop), cooperatives);
            } else if (op < 6) {
                returnSome(random);
            } else if (op == 6) {
                deliver(random, cooperatives.get(random.nextInt(cooperatives.size())));
            } else if (op == 7) {
                returnDelivered(random);
            } else if (op == 8) {
                Fixtures.as(admin, () -> pay(random));
            } else if (!replays.isEmpty()) {
                replays.get(random.nextInt(replays.size())).run();
            }
        }
        assertEveryEntrySumsToZero();
        assertBalancesAreTheSumOfTheirLines();
        assertThat(entriesOf(sourceIds)).as("each source event booked once").isEqualTo(bookedEvents);
        owed.forEach((holder, expected) ->
                assertThat(ledgerOwed(holder)).as(holder.toString()).isEqualByComparingTo(expected));
        for (ModelLine line : lines) {
            BookedCheck booked = booked(line);
            assertThat(booked.commission()).isEqualByComparingTo(line.commission);
            if (line.returned == line.quantity) {
                assertThat(booked.returnedNet())
                        .as("a line returned in full refunds its net")
                        .isEqualByComparingTo(line.net);
                assertThat(booked.returnedCommission())
                        .as("and reverses all its commission")
                        .isEqualByComparingTo(line.commission);
            }
        }
    }

    private void sale(Random random, UUID shop, String currency, List<UUID> cooperatives) {
        int scale = Rounding.scale(currency);
        List<TillSale.Line> saleLines = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int quantity = 1 + random.nextInt(5);
            BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(50_000), scale);
            BigDecimal total = price.multiply(BigDecimal.valueOf(quantity));
            BigDecimal discount = random.nextInt(3) == 0
                    ? total.multiply(BigDecimal.valueOf(random.nextInt(30)))
                            .divide(BigDecimal.valueOf(100), scale, RoundingMode.DOWN)
                    : BigDecimal.ZERO.setScale(scale);
            BigDecimal rate = new BigDecimal(random.nextInt(10_001)).movePointLeft(2);
            saleLines.add(new TillSale.Line(
                    cooperatives.get(random.nextInt(cooperatives.size())),
                    UUID.randomUUID(),
                    quantity,
                    price,
                    discount,
                    rate));
        }
        TillSale sale = new TillSale(UUID.randomUUID(), shop, currency, Instant.now(), saleLines);
        assertThat(sales.book(sale)).isTrue();
        booked(sale.saleId());
        for (int i = 0; i < saleLines.size(); i++) {
            TillSale.Line l = saleLines.get(i);
            ModelLine m = new ModelLine();
            m.saleId = sale.saleId();
            m.position = i;
            m.shopId = shop;
            m.cooperativeId = l.cooperativeId();
            m.variantId = l.variantId();
            m.currency = currency;
            m.quantity = l.quantity();
            m.net = l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())).subtract(l.discount());
            m.rate = l.commissionRate();
            m.commission = commissionOf(m.net, m.rate, currency);
            lines.add(m);
            add(new Holder(l.cooperativeId(), shop, currency), m.net.subtract(m.commission));
        }
        replays.add(
                () -> assertThat(sales.book(sale)).as("a sale delivered again").isFalse());
    }

    /** Returns some units of a line, refunding as the shop does: its share of the line's net, the last unit the rest. */
    private void returnSome(Random random) {
        List<ModelLine> open =
                lines.stream().filter(l -> l.returned < l.quantity).toList();
        if (open.isEmpty()) {
            return;
        }
        ModelLine line = open.get(random.nextInt(open.size()));
        int units = 1 + random.nextInt(line.quantity - line.returned);
        BigDecimal upToNow = line.net
                .multiply(BigDecimal.valueOf(line.returned + units))
                .divide(BigDecimal.valueOf(line.quantity), Rounding.scale(line.currency), RoundingMode.HALF_EVEN);
        BigDecimal amount = upToNow.subtract(line.refunded);
        if (amount.signum() <= 0) {
            return; // the shop refuses a return that refunds nothing
        }
        TillReturn returned = new TillReturn(
                UUID.randomUUID(),
                line.saleId,
                line.shopId,
                line.currency,
                Instant.now(),
                List.of(new TillReturn.Line(
                        line.position, line.cooperativeId, line.variantId, units, amount, line.rate)));
        assertThat(sales.book(returned)).isTrue();
        booked(returned.returnId());
        line.returned += units;
        BigDecimal left = line.commission.subtract(line.commissionBack);
        BigDecimal back = line.returned == line.quantity
                ? left.min(amount)
                : commissionOf(amount, line.rate, line.currency).min(left);
        line.refunded = line.refunded.add(amount);
        line.commissionBack = line.commissionBack.add(back);
        add(
                new Holder(line.cooperativeId, line.shopId, line.currency),
                amount.subtract(back).negate());
        replays.add(() ->
                assertThat(sales.book(returned)).as("a return delivered again").isFalse());
        replays.add(() -> assertThatThrownBy(() -> sales.book(new TillReturn(
                        UUID.randomUUID(),
                        line.saleId,
                        line.shopId,
                        line.currency,
                        Instant.now(),
                        List.of(new TillReturn.Line(
                                line.position,
                                line.cooperativeId,
                                line.variantId,
                                line.quantity + 1,
                                amount,
                                line.rate)))))
                .as("returning more units than were sold")
                .isInstanceOf(IllegalStateException.class));
    }

    private void deliver(Random random, UUID cooperative) {
        String currency = random.nextBoolean() ? "MAD" : "TND";
        BigDecimal goods = BigDecimal.valueOf(1 + random.nextInt(900_000), Rounding.scale(currency));
        OrderPartStatusChanged change = new OrderPartStatusChanged(
                UUID.randomUUID(),
                UUID.randomUUID(),
                cooperative,
                PartStatus.DELIVERED,
                currency,
                goods,
                BigDecimal.valueOf(2500, 2),
                Payment.CASH_ON_DELIVERY,
                Instant.now());
        assertThat(orders.book(change)).isTrue();
        booked(change.partId());
        BigDecimal rate = rates.rateAt(cooperative, change.changedAt());
        add(
                new Holder(cooperative, null, currency),
                commissionOf(goods, rate, currency).negate());
        delivered.add(change);
        replays.add(() ->
                assertThat(orders.book(change)).as("a delivery heard again").isFalse());
        OrderPartStatusChanged shipped = new OrderPartStatusChanged(
                change.orderId(),
                change.partId(),
                cooperative,
                PartStatus.SHIPPED,
                currency,
                goods,
                change.deliveryFee(),
                Payment.CASH_ON_DELIVERY,
                Instant.now());
        replays.add(() ->
                assertThat(orders.book(shipped)).as("a move that books nothing").isFalse());
    }

    private void returnDelivered(Random random) {
        if (delivered.isEmpty()) {
            return;
        }
        OrderPartStatusChanged d = delivered.remove(random.nextInt(delivered.size()));
        OrderPartStatusChanged returned = new OrderPartStatusChanged(
                d.orderId(),
                d.partId(),
                d.cooperativeId(),
                PartStatus.RETURNED,
                d.currency(),
                d.goods(),
                d.deliveryFee(),
                d.payment(),
                Instant.now());
        assertThat(orders.book(returned)).isTrue();
        bookedEvents++; // a second entry of the same part (its delivery's id is counted already)
        BigDecimal rate = rates.rateAt(d.cooperativeId(), d.changedAt());
        add(new Holder(d.cooperativeId(), null, d.currency()), commissionOf(d.goods(), rate, d.currency()));
        replays.add(() ->
                assertThat(orders.book(returned)).as("a return heard again").isFalse());
    }

    /** A payout named to a random shop: up to 120 % of what it owes; above that it is refused and changes nothing. */
    private Void pay(Random random) {
        List<Holder> holders =
                owed.keySet().stream().filter(h -> h.shopId() != null).toList();
        if (holders.isEmpty()) {
            return null;
        }
        Holder holder = holders.get(random.nextInt(holders.size()));
        BigDecimal byShop = owed.get(holder);
        BigDecimal total = owed.entrySet().stream()
                .filter(e -> e.getKey().cooperativeId().equals(holder.cooperativeId())
                        && e.getKey().currency().equals(holder.currency()))
                .map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int scale = Rounding.scale(holder.currency());
        BigDecimal amount = byShop.max(BigDecimal.ONE)
                .multiply(BigDecimal.valueOf(1 + random.nextInt(120)))
                .divide(BigDecimal.valueOf(100), scale, RoundingMode.DOWN)
                .max(BigDecimal.ONE.movePointLeft(scale));
        PayoutRequest request = new PayoutRequest(
                new PayoutRequest.Amount(amount, holder.currency()), "CASH", "R-" + random.nextInt(), holder.shopId());
        Supplier<PayoutService.Recorded> payout = () -> payouts.payOnce(
                holder.cooperativeId(), request, UUID.randomUUID().toString());
        if (amount.compareTo(byShop.min(total)) > 0) {
            assertThatThrownBy(payout::get)
                    .isInstanceOfSatisfying(
                            ProblemException.class, e -> assertThat(e.code()).isEqualTo("payout-above-balance"));
        } else {
            PayoutService.Recorded recorded = payout.get();
            assertThat(recorded.created()).isTrue();
            booked(recorded.payout().id());
            add(holder, amount.negate());
            assertThat(ledgerOwed(holder))
                    .as("a payout leaves the payer owing 0 or more")
                    .isNotNegative();
        }
        return null;
    }

    /** The model's commission: written from docs/settlement.md, not from the code under test. */
    private static BigDecimal commissionOf(BigDecimal amount, BigDecimal rate, String currency) {
        int scale = currency.equals("TND") ? 3 : 2;
        return amount.multiply(rate).divide(BigDecimal.valueOf(100)).setScale(scale, RoundingMode.HALF_EVEN);
    }

    private void booked(UUID sourceId) {
        sourceIds.add(sourceId.toString());
        bookedEvents++;
    }

    private void add(Holder holder, BigDecimal amount) {
        owed.merge(holder, amount, BigDecimal::add);
    }

    private BigDecimal ledgerOwed(Holder h) {
        return jdbc.sql("select coalesce(-sum(balance), 0) from settlement.accounts where kind = 'COOPERATIVE_OWED'"
                        + " and cooperative_id = ? and shop_id is not distinct from ? and currency = ?")
                .params(h.cooperativeId(), h.shopId(), h.currency())
                .query(BigDecimal.class)
                .single();
    }

    record BookedCheck(BigDecimal commission, BigDecimal returnedNet, BigDecimal returnedCommission) {}

    private BookedCheck booked(ModelLine line) {
        return jdbc.sql("select commission, returned_net, returned_commission from settlement.sale_lines"
                        + " where sale_id = ? and position = ?")
                .params(line.saleId, line.position)
                .query((rs, i) -> new BookedCheck(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .single();
    }

    /** Every entry in the ledger (this sequence's and any other test's) sums to zero in each currency. */
    private void assertEveryEntrySumsToZero() {
        List<String> unbalanced = jdbc.sql("select entry_id || ' ' || currency from settlement.entry_lines"
                        + " group by entry_id, currency having sum(amount) <> 0")
                .query(String.class)
                .list();
        assertThat(unbalanced).as("entries that do not sum to zero").isEmpty();
    }

    private void assertBalancesAreTheSumOfTheirLines() {
        List<Long> off = jdbc.sql(
                        "select a.id from settlement.accounts a left join settlement.entry_lines l"
                                + " on l.account_id = a.id group by a.id, a.balance having a.balance <> coalesce(sum(l.amount), 0)")
                .query(Long.class)
                .list();
        assertThat(off)
                .as("accounts whose balance is not the sum of their lines")
                .isEmpty();
    }

    private int entriesOf(List<String> sourceIds) {
        return jdbc.sql("select count(*) from settlement.entries where source_id = any(?)")
                .param(sourceIds.toArray(String[]::new))
                .query(Integer.class)
                .single();
    }
}
