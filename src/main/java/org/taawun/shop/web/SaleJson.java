package org.taawun.shop.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.taawun.shared.money.Money;
import org.taawun.shop.domain.Sale;
import org.taawun.shop.domain.SaleReturn;

/** A recorded sale as the till and the API read it (names in the request's language). */
record SaleJson(
        UUID id,
        String number,
        UUID shopId,
        UUID cashSessionId,
        Instant soldAt,
        Money total,
        Money paid,
        Money change,
        boolean offline,
        String flag,
        List<LineJson> lines,
        List<PaymentJson> payments,
        String receiptUrl,
        String receiptPdfUrl) {

    record LineJson(
            int position,
            UUID productId,
            String name,
            int quantity,
            Money unitPrice,
            Money discount,
            Money lineTotal,
            int returnable) {}

    record PaymentJson(String method, Money amount, String reference) {}

    /** A recorded return: its total and the refund per method (cash first, see the API's description). */
    record ReturnJson(UUID id, UUID saleId, Money total, List<ReturnLineJson> lines, List<RefundJson> refunds) {

        static ReturnJson of(SaleReturn r) {
            return new ReturnJson(
                    r.id(),
                    r.saleId(),
                    r.total(),
                    r.lines().stream()
                            .map(l -> new ReturnLineJson(l.position(), l.quantity(), l.amount()))
                            .toList(),
                    r.refunds().entrySet().stream()
                            .map(e -> new RefundJson(e.getKey(), e.getValue()))
                            .toList());
        }
    }

    record ReturnLineJson(int position, int quantity, Money amount) {}

    record RefundJson(String method, Money amount) {}

    static SaleJson of(Sale s, String language) {
        String base = "/shop/" + s.shopId() + "/sales/" + s.id() + "/receipt";
        return new SaleJson(
                s.id(),
                s.number(),
                s.shopId(),
                s.cashSessionId(),
                s.soldAt(),
                s.total(),
                s.paid(),
                s.change(),
                s.offline(),
                s.flag(),
                s.lines().stream()
                        .map(l -> new LineJson(
                                l.position(),
                                l.productId(),
                                l.name(language),
                                l.quantity(),
                                l.unitPrice(),
                                l.discount(),
                                l.lineTotal(),
                                l.returnable()))
                        .toList(),
                s.payments().stream()
                        .map(p -> new PaymentJson(p.method(), p.amount(), p.reference()))
                        .toList(),
                base,
                base + ".pdf");
    }
}
