package org.taawun.ordering;

import java.util.UUID;

/** A cooperative moved its part of an order (accepted, refused, shipped, delivered with cash collected, returned). */
public record OrderPartStatusChanged(UUID orderId, UUID partId, UUID cooperativeId, PartStatus status) {}
