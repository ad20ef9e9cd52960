package org.taawun.ordering;

import java.util.List;
import java.util.UUID;

/** A customer placed an order; each part went to its cooperative. */
public record OrderPlaced(UUID orderId, List<UUID> partIds) {}
