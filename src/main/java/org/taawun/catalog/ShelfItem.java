package org.taawun.catalog;

import java.util.UUID;
import org.taawun.shared.Texts;
import org.taawun.shared.money.Money;

/**
 * A sellable item as a shop puts it on its shelves: its cooperative, names, SKU, category (commission rates depend on
 * it) and online price (the shop agrees its own price with the cooperative).
 */
public record ShelfItem(
        UUID id,
        UUID productId,
        UUID cooperativeId,
        String nameAr,
        String nameFr,
        String nameEn,
        VariantLabel variantLabel,
        String sku,
        Category category,
        Money price,
        boolean published) {

    /** The product's name and the variant's label in this language, each falling back as {@link SellableItem} does. */
    public String name(String language) {
        String base = Texts.pick(language, nameAr, nameFr, nameEn);
        String label = variantLabel.in(language);
        return label == null ? base : base + " — " + label;
    }
}
