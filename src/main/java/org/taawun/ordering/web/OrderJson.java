package org.taawun.ordering.web;

import java.util.List;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.taawun.ordering.domain.OrderView;
import org.taawun.ordering.domain.PartView;
import org.taawun.shared.money.Money;

/** An order in the API (without the customer's contact details). */
record OrderJson(
        UUID id,
        String number,
        String status,
        String trackingUrl,
        Money total,
        String deliveryMethod,
        UUID shopId,
        String payment,
        List<PartJson> parts) {

    record PartJson(
            UUID id,
            UUID cooperativeId,
            String number,
            String status,
            Money subtotal,
            Money deliveryFee,
            String reason,
            List<LineJson> lines) {}

    /** {@code name} in the request's language (else the first it has); the names as written in each language. */
    record LineJson(
            UUID productId, String name, String nameAr, String nameFr, String nameEn, int quantity, Money unitPrice) {}

    static OrderJson of(OrderView order, String trackingUrl) {
        List<PartJson> parts =
                order.parts().stream().map(p -> part(p, order.currency())).toList();
        List<String> statuses = parts.stream().map(PartJson::status).distinct().toList();
        String status = statuses.size() == 1 ? statuses.get(0) : "IN_PROGRESS";
        return new OrderJson(
                order.id(),
                order.number(),
                status,
                trackingUrl,
                new Money(order.total(), order.currency()),
                order.deliveryMethod().name(),
                order.shopId(),
                order.payment().name(),
                parts);
    }

    static PartJson part(PartView part, String currency) {
        return new PartJson(
                part.id(),
                part.cooperativeId(),
                part.number(),
                part.status().name(),
                new Money(part.subtotal(), currency),
                new Money(part.deliveryFee(), currency),
                part.reason(),
                part.lines().stream().map(l -> line(l, currency)).toList());
    }

    private static LineJson line(PartView.LineView line, String currency) {
        return new LineJson(
                line.variantId(),
                line.name(LocaleContextHolder.getLocale().getLanguage()),
                line.nameAr(),
                line.nameFr(),
                line.nameEn(),
                line.quantity(),
                new Money(line.unitPrice(), currency));
    }
}
