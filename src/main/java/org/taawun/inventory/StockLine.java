package org.taawun.inventory;

import java.util.UUID;

/** A quantity of a variant at a location. */
public record StockLine(UUID variantId, UUID locationId, int quantity) {}
