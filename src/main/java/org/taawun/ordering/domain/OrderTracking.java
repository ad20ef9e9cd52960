package org.taawun.ordering.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.AccessGuard;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/** Reading orders whole (parts, lines, history), by tracking token or id. */
@Component
public class OrderTracking {

    private final OrderRepository orders;
    private final Shops shops;
    private final AccessGuard guard;

    OrderTracking(OrderRepository orders, Shops shops, AccessGuard guard) {
        this.orders = orders;
        this.shops = shops;
        this.guard = guard;
    }

    @Transactional(readOnly = true)
    public Optional<OrderView> byToken(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return orders.findByTrackingToken(token).map(OrderView::of);
    }

    @Transactional(readOnly = true)
    public Optional<OrderView> byId(UUID id) {
        return orders.findById(id).map(OrderView::of);
    }

    /**
     * The order, when the current user may read it by its id: the signed-in customer who placed it, a manager of one
     * of its cooperatives, or an administrator. To anyone else it does not exist: a guest follows her order by its
     * private tracking link.
     */
    @Transactional(readOnly = true)
    public Optional<OrderView> byIdForReader(UUID id) {
        return byId(id).filter(this::mayRead);
    }

    private boolean mayRead(OrderView order) {
        if (guard.isAdmin()) {
            return true;
        }
        boolean customer = order.accountId() != null
                && guard.currentUser()
                        .map(u -> order.accountId().equals(u.id()))
                        .orElse(false);
        return customer || order.parts().stream().anyMatch(p -> guard.mayActFor(p.cooperativeId()));
    }

    public Optional<ShopView> shopOf(OrderView order) {
        return order.shopId() == null ? Optional.empty() : shops.find(order.shopId());
    }
}
