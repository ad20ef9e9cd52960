package org.taawun.ordering.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.taawun.ordering.DeliveryMethod;
import org.taawun.ordering.Payment;

/**
 * An order as pages, the API and other readers see it, read whole (parts, lines, history) from its entity in the
 * service's transaction: the entities never leave this package.
 *
 * @param accountId the signed-in account that placed the order ({@code null} for a guest)
 * @param locale the language the customer ordered in, for what she is told later
 */
public record OrderView(
        UUID id,
        String number,
        String trackingToken,
        String currency,
        String customerName,
        String customerPhone,
        String address,
        String city,
        String regionCode,
        DeliveryMethod deliveryMethod,
        UUID shopId,
        Payment payment,
        UUID accountId,
        BigDecimal total,
        Instant createdAt,
        Locale locale,
        List<PartView> parts) {

    public OrderView {
        parts = List.copyOf(parts);
    }

    /**
     * What a cooperative's manager reads of the order one of her parts belongs to: the customer, where and how it goes,
     * in which currency; neither the other cooperatives' parts nor the customer's private tracking link.
     */
    public record Header(
            UUID id,
            String number,
            String currency,
            String customerName,
            String customerPhone,
            String address,
            String city,
            String regionCode,
            DeliveryMethod deliveryMethod,
            UUID shopId,
            Payment payment,
            Locale locale) {

        static Header of(Order order) {
            return new Header(
                    order.id(),
                    order.number(),
                    order.currency(),
                    order.customerName(),
                    order.customerPhone(),
                    order.address(),
                    order.city(),
                    order.regionCode(),
                    order.deliveryMethod(),
                    order.shopId(),
                    order.payment(),
                    order.locale());
        }
    }

    static OrderView of(Order order) {
        Header header = Header.of(order);
        return new OrderView(
                order.id(),
                order.number(),
                order.trackingToken(),
                order.currency(),
                order.customerName(),
                order.customerPhone(),
                order.address(),
                order.city(),
                order.regionCode(),
                order.deliveryMethod(),
                order.shopId(),
                order.payment(),
                order.accountId(),
                order.total(),
                order.createdAt(),
                order.locale(),
                order.parts().stream().map(p -> PartView.of(p, header)).toList());
    }
}
