package org.taawun.ordering.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/** Reading orders whole (parts, lines, history), by tracking token or id. */
@Component
public class OrderTracking {

    private final OrderRepository orders;
    private final Shops shops;

    OrderTracking(OrderRepository orders, Shops shops) {
        this.orders = orders;
        this.shops = shops;
    }

    @Transactional(readOnly = true)
    public Optional<Order> byToken(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return orders.findByTrackingToken(token).map(OrderTracking::loaded);
    }

    @Transactional(readOnly = true)
    public Optional<Order> byId(UUID id) {
        return orders.findById(id).map(OrderTracking::loaded);
    }

    public Optional<ShopView> shopOf(Order order) {
        return order.shopId() == null ? Optional.empty() : shops.find(order.shopId());
    }

    static Order loaded(Order order) {
        order.parts().forEach(p -> {
            p.lines().size();
            p.history().size();
        });
        return order;
    }
}
