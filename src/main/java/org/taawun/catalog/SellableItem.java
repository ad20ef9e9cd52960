package org.taawun.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        VariantLabel variantLabel,
        Money price,
        boolean published,
        Integer weightGrams,
        String thumbnail) {

    /** The languages of {@link #names()}, in this order. */
    public static final List<String> LANGUAGES = List.of("ar", "fr", "en");

    /**
     * The name to show in this language: the product's name in it, else in the first language it was written in
     * (Arabic, French, English), followed by the variant's label when it has one, by the same rule (see
     * {@link VariantLabel#in}).
     */
    public String name(String language) {
        String base = Texts.pick(language, nameAr, nameFr, nameEn);
        String label = variantLabel.in(language);
        return label == null ? base : base + " — " + label;
    }

    /**
     * The name in each language the site speaks ({@code ar}, {@code fr}, {@code en}), each as {@link #name} gives it
     * (falling back only where the manager wrote none): what an order keeps, so that every later page or message
     * about it names the item in its own language.
     */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            names.put(language, name(language));
        }
        return Collections.unmodifiableMap(names);
    }
}
