package org.taawun.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * Which cooperative a thing belongs to (a product, an order part), for {@link ActsFor}: implemented as a bean by the
 * module that owns the thing.
 */
public interface CooperativeOwnership {

    /** The cooperative of the thing with this id; empty when there is no such thing. */
    Optional<UUID> cooperativeOf(UUID id);
}
