package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.taawun.identity.AccessGuard;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.StockLine;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.SaleReturned;

/**
 * Records a return against a receipt once, by the id the till made (as {@link SaleRecorder}: the same request again
 * answers the recorded return, another body under its id is {@code return-id-reused}). It needs the caller's open
 * session at the shop (the refund leaves her drawer). The sale's row is locked first, so two returns of one sale are
 * counted one after the other and never together exceed what was sold ({@code return-above-sold}). A line's refund
 * is its share of the line's total (discount included), rounded so that returning every unit, in any steps, refunds
 * exactly the line's total. The refund goes by the methods the sale was paid with ({@link RefundSplit}); the units go
 * back on the shop's shelf; {@link SaleReturned} tells the ledger.
 */
@Service
public class ReturnRecorder {

    static final int MAX_REASON = 200;

    /** A return and whether this request recorded it. */
    public record Recorded(SaleReturn saleReturn, boolean created) {}

    private final JdbcClient jdbc;
    private final AccessGuard guard;
    private final TillSessions sessions;
    private final SaleQueries sales;
    private final ReturnQueries returns;
    private final Inventory inventory;
    private final ApplicationEventPublisher events;

    ReturnRecorder(
            JdbcClient jdbc,
            AccessGuard guard,
            TillSessions sessions,
            SaleQueries sales,
            ReturnQueries returns,
            Inventory inventory,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.sessions = sessions;
        this.sales = sales;
        this.returns = returns;
        this.inventory = inventory;
        this.events = events;
    }

    @Transactional
    public Recorded record(UUID shopId, RecordReturn request) {
        if (!guard.maySellAt(shopId)) {
            throw new AccessDeniedException("may not sell at shop " + shopId);
        }
        checkShape(request);
        String hash = RequestHash.of(shopId, request);
        if (returns.requestHash(request.id()).isPresent()) {
            return already(request.id(), hash);
        }
        UUID cashier = guard.currentUser().orElseThrow().id();
        UUID session = sessions.forReturn(shopId, cashier);
        lockSale(shopId, request.saleId());
        if (returns.requestHash(request.id()).isPresent()) {
            return already(request.id(), hash);
        }
        Sale sale = sales.find(request.saleId()).orElseThrow();
        List<SaleReturn.Line> lines = amounts(sale, request);
        Money total = lines.stream().map(SaleReturn.Line::amount).reduce(Money.zero(sale.currency()), Money::plus);
        if (total.amount().signum() <= 0) {
            throw ProblemException.refused("nothing-to-refund", "shop-sales.error.nothing-to-refund");
        }
        Map<String, Money> refunds =
                RefundSplit.split(total, kept(sale), returns.refundedPerMethod(sale.id(), sale.currency()));
        Instant now = Instant.now();
        int inserted = jdbc.sql("insert into shop.sale_returns (id, sale_id, shop_id, cash_session_id, returned_at,"
                        + " recorded_by, reason, total, request_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (id) do nothing")
                .params(
                        request.id(),
                        sale.id(),
                        shopId,
                        session,
                        Timestamp.from(now),
                        cashier,
                        reason(request),
                        total.amount(),
                        hash)
                .update();
        if (inserted == 0) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return already(request.id(), hash);
        }
        writeLinesAndRefunds(request.id(), lines, refunds);
        inventory.returnToShop(
                lines.stream()
                        .map(l -> new StockLine(sale.lines().get(l.position()).productId(), shopId, l.quantity()))
                        .toList(),
                sale.number());
        SaleReturn recorded = returns.find(request.id(), sale.currency()).orElseThrow();
        events.publishEvent(event(recorded, sale));
        return new Recorded(recorded, true);
    }

    private Recorded already(UUID id, String hash) {
        if (!hash.equals(returns.requestHash(id).orElseThrow())) {
            throw ProblemException.conflict("return-id-reused", "shop-sales.error.return-id-reused");
        }
        String currency = jdbc.sql("select s.currency from shop.sale_returns r join shop.sales s on s.id = r.sale_id"
                        + " where r.id = ?")
                .param(id)
                .query(String.class)
                .single();
        return new Recorded(returns.find(id, currency).orElseThrow(), false);
    }

    private static void checkShape(RecordReturn request) {
        if (request.id() == null) {
            throw new InvalidFieldException("id", "shop-sales.error.id");
        }
        if (request.saleId() == null) {
            throw new InvalidFieldException("saleId", "shop-sales.error.sale");
        }
        if (request.lines() == null
                || request.lines().isEmpty()
                || request.lines().size() > SalePricing.MAX_LINES) {
            throw new InvalidFieldException("lines", "shop-sales.error.no-lines");
        }
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            RecordReturn.Line line = request.lines().get(i);
            if (line == null || line.position() == null || !positions.add(line.position())) {
                throw new InvalidFieldException("lines[" + i + "].position", "shop-sales.error.position");
            }
            if (line.quantity() == null || line.quantity() <= 0) {
                throw new InvalidFieldException("lines[" + i + "].quantity", "shop-sales.error.quantity");
            }
        }
        if (request.reason() != null && request.reason().trim().length() > MAX_REASON) {
            throw new InvalidFieldException("reason", "shop-sales.error.too-long");
        }
    }

    private void lockSale(UUID shopId, UUID saleId) {
        jdbc.sql("select id from shop.sales where id = ? and shop_id = ? for update")
                .params(saleId, shopId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> ProblemException.notFound("sale-not-found", "shop-sales.error.sale-not-found"));
    }

    /** Each line's refund: its share of the line's total, so that all the units together refund exactly that total. */
    private List<SaleReturn.Line> amounts(Sale sale, RecordReturn request) {
        Map<Integer, BigDecimal> refundedBefore = returns.refundedPerLine(sale.id());
        int scale = java.util.Currency.getInstance(sale.currency()).getDefaultFractionDigits();
        List<SaleReturn.Line> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            RecordReturn.Line asked = request.lines().get(i);
            if (asked.position() < 0 || asked.position() >= sale.lines().size()) {
                throw new InvalidFieldException("lines[" + i + "].position", "shop-sales.error.position");
            }
            Sale.Line sold = sale.lines().get(asked.position());
            if (asked.quantity() > sold.returnable()) {
                throw ProblemException.refused(
                        "return-above-sold", "shop-sales.error.return-above-sold", i + 1, sold.returnable());
            }
            BigDecimal upToNow = sold.lineTotal()
                    .amount()
                    .multiply(BigDecimal.valueOf(sold.returned() + asked.quantity()))
                    .divide(BigDecimal.valueOf(sold.quantity()), scale, RoundingMode.HALF_EVEN);
            BigDecimal amount = upToNow.subtract(refundedBefore.getOrDefault(asked.position(), BigDecimal.ZERO));
            lines.add(new SaleReturn.Line(asked.position(), asked.quantity(), new Money(amount, sale.currency())));
        }
        if (lines.stream().anyMatch(l -> l.amount().amount().signum() <= 0)) {
            throw ProblemException.refused("nothing-to-refund", "shop-sales.error.nothing-to-refund");
        }
        return lines;
    }

    private static Map<String, Money> kept(Sale sale) {
        return sale.payments().stream()
                .collect(Collectors.toMap(Sale.Payment::method, Sale.Payment::kept, Money::plus));
    }

    private void writeLinesAndRefunds(UUID returnId, List<SaleReturn.Line> lines, Map<String, Money> refunds) {
        for (SaleReturn.Line line : lines) {
            jdbc.sql("insert into shop.sale_return_lines (return_id, sale_position, quantity, amount)"
                            + " values (?, ?, ?, ?)")
                    .params(
                            returnId,
                            line.position(),
                            line.quantity(),
                            line.amount().amount())
                    .update();
        }
        refunds.forEach((method, amount) -> jdbc.sql(
                        "insert into shop.sale_return_refunds (return_id, method, amount) values (?, ?, ?)")
                .params(returnId, method, amount.amount())
                .update());
    }

    private static String reason(RecordReturn request) {
        return request.reason() == null || request.reason().isBlank()
                ? null
                : request.reason().trim();
    }

    private static SaleReturned event(SaleReturn r, Sale sale) {
        return new SaleReturned(
                r.id(),
                r.saleId(),
                r.shopId(),
                sale.currency(),
                r.returnedAt(),
                r.lines().stream()
                        .map(l -> {
                            Sale.Line sold = sale.lines().get(l.position());
                            return new SaleReturned.Line(
                                    l.position(),
                                    sold.cooperativeId(),
                                    sold.productId(),
                                    l.quantity(),
                                    l.amount(),
                                    sold.commissionRate());
                        })
                        .toList());
    }
}
