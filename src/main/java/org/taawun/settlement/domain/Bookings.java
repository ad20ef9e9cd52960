package org.taawun.settlement.domain;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.taawun.ordering.OrderPartStatusChanged;
import org.taawun.shop.SaleRecorded;
import org.taawun.shop.SaleReturned;

/**
 * Hears the shop's and the marketplace's events, each after its transaction committed, in a transaction of its own,
 * through Spring Modulith's event publication registry: a booking that fails leaves its publication incomplete (the
 * administrator sees it, and it is delivered again at restart); a second delivery books nothing.
 */
@Component
class Bookings {

    private final SaleBookings sales;
    private final OrderBookings orders;

    Bookings(SaleBookings sales, OrderBookings orders) {
        this.sales = sales;
        this.orders = orders;
    }

    @ApplicationModuleListener
    void on(SaleRecorded sale) {
        sales.book(TillEvents.sale(sale));
    }

    @ApplicationModuleListener
    void on(SaleReturned returned) {
        sales.book(TillEvents.returned(returned));
    }

    @ApplicationModuleListener
    void on(OrderPartStatusChanged change) {
        orders.book(change);
    }
}
