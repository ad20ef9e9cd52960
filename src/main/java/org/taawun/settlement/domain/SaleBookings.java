package org.taawun.settlement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books the till's sales and returns. Per sale line: the shop holds the line's net (quantity x unit price - discount),
 * the shop earns its commission (rate kept with the sale) and the cooperative is owed the rest. A return reverses
 * exactly that share of the line: the refunded amount split at the sale's rate, the last units returned taking what
 * is left of the line's commission, never more than was booked. Lines are numbered as the sale lists them, from 0 (as the shop's returns name them).
 */
@Service
public class SaleBookings {

    static final String SALE = "shop-sale";
    static final String RETURN = "shop-return";

    private final Ledger ledger;
    private final JdbcClient jdbc;

    SaleBookings(Ledger ledger, JdbcClient jdbc) {
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    /** Books the sale once; false when it was booked before. */
    @Transactional
    public boolean book(TillSale sale) {
        List<Posting> postings = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < sale.lines().size(); i++) {
            TillSale.Line line = sale.lines().get(i);
            if (line.quantity() <= 0
                    || line.unitPrice().signum() < 0
                    || line.discount().signum() < 0) {
                throw new IllegalStateException("sale " + sale.saleId() + " has an impossible line " + (i + 1));
            }
            BigDecimal net = Rounding.exact(line.unitPrice(), sale.currency())
                    .multiply(BigDecimal.valueOf(line.quantity()))
                    .subtract(Rounding.exact(line.discount(), sale.currency()));
            if (net.signum() < 0) {
                throw new IllegalStateException("sale " + sale.saleId() + " discounts line " + (i + 1) + " below 0");
            }
            Rounding.Split split = Rounding.split(net, line.commissionRate(), sale.currency());
            postings.add(Posting.debit(Account.shopCash(sale.shopId(), sale.currency()), net));
            postings.add(
                    Posting.credit(Account.owed(line.cooperativeId(), sale.shopId(), sale.currency()), split.share()));
            postings.add(Posting.credit(Account.shopCommission(sale.shopId(), sale.currency()), split.commission()));
            lines.add(new Object[] {
                sale.saleId(),
                i,
                sale.shopId(),
                line.cooperativeId(),
                line.variantId(),
                sale.currency(),
                line.quantity(),
                net,
                split.commission()
            });
        }
        Optional<UUID> entry = ledger.book(new JournalEntry(
                EntryKind.SALE,
                SALE,
                sale.saleId().toString(),
                onlyCooperative(
                        sale.lines().stream().map(TillSale.Line::cooperativeId).toList()),
                sale.soldAt(),
                null,
                postings));
        entry.ifPresent(id -> lines.forEach(values -> jdbc.sql("insert into settlement.sale_lines (sale_id, position,"
                        + " shop_id, cooperative_id, variant_id, currency, quantity, net, commission)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values)
                .update()));
        return entry.isPresent();
    }

    /**
     * Books the return once; false when it was booked before. A return of a sale not booked yet, of a line that is not
     * the one the sale booked, or of more than is left fails (the event stays incomplete and the administrator sees
     * it; it is booked when delivered again).
     */
    @Transactional
    public boolean book(TillReturn returned) {
        // the sale's lines are locked first: a second delivery racing with this one waits here, then sees it booked
        returned.lines().stream()
                .map(TillReturn.Line::position)
                .sorted()
                .forEach(position -> bookedLine(returned.saleId(), position));
        if (ledger.booked(RETURN, returned.returnId().toString())) {
            return false;
        }
        List<Posting> postings = new ArrayList<>();
        for (TillReturn.Line line : returned.lines()) {
            postings.addAll(reverse(returned, line));
        }
        return ledger.book(new JournalEntry(
                        EntryKind.SALE_RETURN,
                        RETURN,
                        returned.returnId().toString(),
                        onlyCooperative(returned.lines().stream()
                                .map(TillReturn.Line::cooperativeId)
                                .toList()),
                        returned.returnedAt(),
                        null,
                        postings))
                .isPresent();
    }

    private List<Posting> reverse(TillReturn returned, TillReturn.Line line) {
        BookedLine booked = bookedLine(returned.saleId(), line.position());
        String currency = returned.currency();
        sameCurrency(currency, booked.currency());
        if (!booked.variantId().equals(line.variantId())
                || !booked.cooperativeId().equals(line.cooperativeId())
                || !booked.shopId().equals(returned.shopId())) {
            throw new IllegalStateException("return " + returned.returnId() + " names another line than sale "
                    + returned.saleId() + " booked at position " + line.position());
        }
        int quantityAfter = booked.returnedQuantity() + line.quantity();
        BigDecimal amount = Rounding.exact(line.amount(), currency);
        BigDecimal netLeft = booked.net().subtract(booked.returnedNet());
        BigDecimal commissionLeft = booked.commission().subtract(booked.returnedCommission());
        if (line.quantity() <= 0 || quantityAfter > booked.quantity() || amount.compareTo(netLeft) > 0) {
            throw new IllegalStateException("return " + returned.returnId() + " takes back more than sale "
                    + returned.saleId() + " booked at position " + line.position());
        }
        BigDecimal commission = quantityAfter == booked.quantity()
                ? commissionLeft.min(amount)
                : Rounding.split(amount, line.commissionRate(), currency)
                        .commission()
                        .min(commissionLeft);
        jdbc.sql("update settlement.sale_lines set returned_quantity = ?, returned_net = returned_net + ?,"
                        + " returned_commission = returned_commission + ? where sale_id = ? and position = ?")
                .params(quantityAfter, amount, commission, returned.saleId(), line.position())
                .update();
        return List.of(
                Posting.credit(Account.shopCash(returned.shopId(), currency), amount),
                Posting.debit(
                        Account.owed(line.cooperativeId(), returned.shopId(), currency), amount.subtract(commission)),
                Posting.debit(Account.shopCommission(returned.shopId(), currency), commission));
    }

    private record BookedLine(
            UUID shopId,
            UUID cooperativeId,
            UUID variantId,
            String currency,
            int quantity,
            BigDecimal net,
            BigDecimal commission,
            int returnedQuantity,
            BigDecimal returnedNet,
            BigDecimal returnedCommission) {}

    private BookedLine bookedLine(UUID saleId, int position) {
        return jdbc.sql("select shop_id, cooperative_id, variant_id, currency, quantity, net, commission,"
                        + " returned_quantity, returned_net, returned_commission from settlement.sale_lines"
                        + " where sale_id = ? and position = ? for update")
                .params(saleId, position)
                .query((rs, i) -> new BookedLine(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getInt(5),
                        Rounding.exact(rs.getBigDecimal(6), rs.getString(4)),
                        Rounding.exact(rs.getBigDecimal(7), rs.getString(4)),
                        rs.getInt(8),
                        Rounding.exact(rs.getBigDecimal(9), rs.getString(4)),
                        Rounding.exact(rs.getBigDecimal(10), rs.getString(4))))
                .optional()
                .orElseThrow(() -> new IllegalStateException(
                        "sale " + saleId + " has no booked line at position " + position + " (not booked yet?)"));
    }

    private static void sameCurrency(String expected, String... others) {
        for (String other : others) {
            if (!expected.equals(other)) {
                throw new IllegalStateException("amount in " + other + " on a " + expected + " sale");
            }
        }
    }

    /** The cooperative the entry concerns when it concerns one only. */
    static UUID onlyCooperative(List<UUID> cooperatives) {
        return cooperatives.stream().distinct().count() == 1 ? cooperatives.get(0) : null;
    }
}
