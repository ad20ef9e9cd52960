package org.taawun.catalog;

import java.util.UUID;
import org.taawun.shared.Texts;
import org.taawun.shared.money.Money;

/**
 * One thing a customer can buy: a variant of a product (or the product itself when it has no variants), with its
 * current price, which ordering always takes from here rather than from the client.
 */
public record SellableItem(
        UUID id,
        UUID productId,
        UUID cooperativeId,
        String nameAr,
        String nameFr,
        String nameEn,
        String variantLabel,
        Money price,
        boolean published,
        Integer weightGrams,
        String thumbnail) {

    public String name(String language) {
        String base = Texts.pick(language, nameAr, nameFr, nameEn);
        return variantLabel == null ? base : base + " — " + variantLabel;
    }
}
