package org.taawun.shop.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.shared.money.Money;

/** The rows of a sale as {@link SaleRecorder} writes them. */
final class SaleRows {

    private SaleRows() {}

    /** Inserts the sale unless one with its id exists (then nothing, and false), waiting for a twin in flight. */
    static boolean insertSale(
            JdbcClient jdbc,
            RecordSale request,
            UUID shopId,
            UUID sessionId,
            UUID cashier,
            ReceiptNumbers.Number number,
            Money total,
            String hash) {
        return jdbc.sql("insert into shop.sales (id, shop_id, cash_session_id, cashier_id, number_year, number_seq,"
                                + " number, sold_at, recorded_at, currency, total, offline, request_hash)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing")
                        .params(
                                request.id(),
                                shopId,
                                sessionId,
                                cashier,
                                number.year(),
                                number.sequence(),
                                number.text(),
                                Timestamp.from(request.soldAt()),
                                Timestamp.from(Instant.now()),
                                total.currency(),
                                total.amount(),
                                request.isOffline(),
                                hash)
                        .update()
                == 1;
    }

    static void insertLines(JdbcClient jdbc, UUID saleId, List<PricedLine> lines) {
        for (PricedLine line : lines) {
            jdbc.sql("insert into shop.sale_lines (sale_id, position, variant_id, cooperative_id, category, quantity,"
                            + " unit_price, discount, discount_reason, commission_rate)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            saleId,
                            line.position(),
                            line.variantId(),
                            line.cooperativeId(),
                            line.category() == null ? null : line.category().name(),
                            line.quantity(),
                            line.unitPrice().amount(),
                            line.discount().amount(),
                            line.discountReason(),
                            line.commissionRate())
                    .update();
        }
    }

    static void insertPayments(JdbcClient jdbc, UUID saleId, List<PaymentSplit.Payment> payments) {
        for (int i = 0; i < payments.size(); i++) {
            PaymentSplit.Payment p = payments.get(i);
            jdbc.sql("insert into shop.sale_payments (sale_id, position, method, tendered, amount, reference)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(
                            saleId,
                            i,
                            p.method(),
                            p.tendered().amount(),
                            p.kept().amount(),
                            p.reference())
                    .update();
        }
    }
}
