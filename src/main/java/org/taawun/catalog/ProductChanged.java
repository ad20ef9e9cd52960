package org.taawun.catalog;

import java.util.UUID;

/** A product was created, changed, published or withdrawn. */
public record ProductChanged(UUID productId, UUID cooperativeId) {}
