package org.taawun.ordering.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.CooperativeOwnership;

/** The cooperative an order part belongs to, for {@link org.taawun.identity.ActsFor} on the managers' order paths. */
@Component
public class PartOwnership implements CooperativeOwnership {

    private final OrderRepository orders;

    PartOwnership(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> cooperativeOf(UUID partId) {
        return orders.findPart(partId).map(OrderPart::cooperativeId);
    }
}
