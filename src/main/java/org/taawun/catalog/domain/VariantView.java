package org.taawun.catalog.domain;

import java.math.BigDecimal;
import java.util.UUID;
import org.taawun.catalog.VariantLabel;

/** A variant as it was read: its id is what a cart or an order names; its label in each language. */
public record VariantView(UUID id, int position, VariantLabel label, String sku, BigDecimal price) {

    static VariantView of(Variant v) {
        return new VariantView(v.id(), v.position(), v.label(), v.sku(), v.price());
    }
}
