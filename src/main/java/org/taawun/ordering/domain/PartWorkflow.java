package org.taawun.ordering.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.AccessGuard;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.StockLine;
import org.taawun.ordering.OrderPartStatusChanged;
import org.taawun.ordering.PartStatus;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;

/**
 * A cooperative's manager moves her part of an order: accepts or refuses it (with a reason) after calling the
 * customer, ships it, marks it delivered (cash collected) or returned. Stock follows at the location the part holds
 * (the cooperative's store, or the pickup shop's shelf): see {@link #followStock}.
 */
@Service
public class PartWorkflow {

    private final OrderRepository orders;
    private final AccessGuard guard;
    private final Inventory inventory;
    private final OrderNotifications notifications;
    private final ApplicationEventPublisher events;

    PartWorkflow(
            OrderRepository orders,
            AccessGuard guard,
            Inventory inventory,
            OrderNotifications notifications,
            ApplicationEventPublisher events) {
        this.orders = orders;
        this.guard = guard;
        this.inventory = inventory;
        this.notifications = notifications;
        this.events = events;
    }

    /** A cooperative's parts of orders, newest first, of one status or all (403 to anyone who may not act for it). */
    @Transactional(readOnly = true)
    public Page<PartView> parts(UUID cooperativeId, PartStatus status, Pageable pageable) {
        guard.requireMayActFor(cooperativeId);
        return orders.findParts(cooperativeId, status, pageable).map(PartView::of);
    }

    /** The part, when the current user may act for its cooperative. */
    @Transactional(readOnly = true)
    public PartView forManager(UUID partId) {
        return PartView.of(managed(partId));
    }

    private OrderPart managed(UUID partId) {
        OrderPart part = orders.findPart(partId)
                .orElseThrow(() -> ProblemException.notFound("order-not-found", "ordering.error.not-found"));
        guard.requireMayActFor(part.cooperativeId());
        return part;
    }

    @Transactional
    public PartView move(UUID partId, PartStatus target, String reason) {
        OrderPart part = managed(partId);
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        if (target == PartStatus.REFUSED && note == null) {
            throw new InvalidFieldException("reason", "ordering.error.reason-required");
        }
        if (note != null && note.length() > 500) {
            throw new InvalidFieldException("reason", "shared.validation.too-long");
        }
        apply(part, target, note);
        notifications.moved(part);
        return PartView.of(part);
    }

    /**
     * The customer cancels her part of an order from its private tracking link, while it is not shipped: the reserved
     * units go back to stock and the cooperative is told.
     */
    @Transactional
    public PartView cancelByCustomer(String trackingToken, UUID partId) {
        OrderPart part = orders.findByTrackingToken(trackingToken)
                .flatMap(order -> order.parts().stream()
                        .filter(p -> p.id().equals(partId))
                        .findFirst())
                .orElseThrow(() -> ProblemException.notFound("order-not-found", "ordering.error.not-found"));
        if (!part.status().canMoveTo(PartStatus.CANCELLED)) {
            throw ProblemException.refused("part-not-cancellable", "ordering.error.not-cancellable");
        }
        apply(part, PartStatus.CANCELLED, null);
        notifications.cancelledByCustomer(part);
        notifications.moved(part);
        return PartView.of(part);
    }

    /**
     * A part no one accepted or refused in time expires: its reserved units go back on sale and the customer is told.
     * The caller holds the part's row lock (see {@link UnacceptedParts}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void expire(OrderPart part) {
        PartStatus before = part.status();
        part.expire();
        followStock(part, before, PartStatus.EXPIRED);
        notifications.moved(part);
    }

    /** Moves the part and its stock, and tells the other modules. */
    private void apply(OrderPart part, PartStatus target, String note) {
        PartStatus before = part.status();
        part.moveTo(target, note);
        followStock(part, before, target);
    }

    /**
     * Moves the part's units at the location it holds them ({@link OrderPart#stockLocationId()}). At the cooperative's
     * store: a refusal, cancellation or expiry gives the units back, shipping takes them out, a return puts them back.
     * On a shop's shelf (pickup there) the units leave only when the customer collects them: they stay reserved while
     * the part is shipped (ready for pickup), leave at delivery (collected), and a part never collected (returned)
     * gives its reservation back, the units never having left the shelf.
     */
    private void followStock(OrderPart part, PartStatus before, PartStatus target) {
        List<StockLine> lines = part.lines().stream()
                .map(l -> new StockLine(l.variantId(), part.stockLocationId(), l.quantity()))
                .toList();
        String reference = "part:" + part.number();
        if (part.heldAtShop()) {
            followShopStock(lines, reference, before, target);
        } else if (before.holdsReservation() && !target.holdsReservation() && target != PartStatus.SHIPPED) {
            inventory.release(lines, reference);
        } else if (target == PartStatus.SHIPPED) {
            inventory.fulfil(lines, reference);
        } else if (target == PartStatus.RETURNED) {
            inventory.restock(lines, reference);
        }
        orders.flush();
        events.publishEvent(new OrderPartStatusChanged(
                part.order().id(),
                part.id(),
                part.cooperativeId(),
                target,
                part.order().currency(),
                part.subtotal(),
                part.deliveryFee(),
                part.order().payment(),
                part.updatedAt()));
    }

    private void followShopStock(List<StockLine> lines, String reference, PartStatus before, PartStatus target) {
        if (target == PartStatus.DELIVERED) {
            inventory.fulfil(lines, reference);
        } else if (target == PartStatus.RETURNED
                || (before.holdsReservation() && !target.holdsReservation() && target != PartStatus.SHIPPED)) {
            inventory.release(lines, reference);
        }
    }
}
