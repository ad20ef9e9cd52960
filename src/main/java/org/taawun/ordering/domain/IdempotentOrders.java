package org.taawun.ordering.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.taawun.shared.web.ProblemException;

/**
 * Places an order once per key of a client: the same key again gives the order it made (nothing more is reserved); the
 * same key with another body, from the same signed-in client, is a conflict. Two requests racing with one key: the
 * second fails on the key's row when the first commits, and answers the first's order.
 */
@Service
public class IdempotentOrders {

    /** The order, and whether an earlier request with the same key had made it. */
    public record Placed(OrderView order, boolean earlier) {}

    private final OrderPlacement placement;
    private final IdempotencyKeys keys;
    private final OrderTracking tracking;

    IdempotentOrders(OrderPlacement placement, IdempotencyKeys keys, OrderTracking tracking) {
        this.placement = placement;
        this.keys = keys;
        this.tracking = tracking;
    }

    public Placed place(PlaceOrder request, UUID accountId, OrderKey key) {
        Optional<OrderView> earlier = earlier(key);
        if (earlier.isPresent()) {
            return new Placed(earlier.get(), true);
        }
        try {
            return new Placed(placement.place(request, accountId, key), false);
        } catch (DataIntegrityViolationException e) {
            return earlier(key).map(o -> new Placed(o, true)).orElseThrow(() -> e);
        }
    }

    /** The order this client's key made, if any; another body under the same key is a conflict (409). */
    public Optional<OrderView> earlier(OrderKey key) {
        return keys.find(key).map(entry -> {
            if (!Objects.equals(entry.requestHash(), key.requestHash())) {
                throw ProblemException.conflict("idempotency-key-reused", "ordering.error.idempotency-conflict");
            }
            return tracking.byId(entry.orderId()).orElseThrow();
        });
    }
}
