package org.taawun.catalog.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.taawun.catalog.VariantLabel;
import org.taawun.catalog.domain.ProductView;
import org.taawun.catalog.domain.VariantView;
import org.taawun.shared.money.Money;

/**
 * A product in the API: {@code id} is the product; each variant's {@code id} is what an order names as
 * {@code productId} (a product without variants has one variant, with the product's own id). It carries every field
 * of an update, in the shapes an update takes, so that a manager may send a product she read back as its update: the
 * texts in each language, and, for her only, each variant's {@code stock} at the cooperative.
 */
record ProductJson(
        UUID id,
        UUID cooperativeId,
        String name,
        String nameAr,
        String nameFr,
        String nameEn,
        String description,
        String descriptionAr,
        String descriptionFr,
        String descriptionEn,
        Money price,
        String category,
        List<String> labels,
        String status,
        Integer weightGrams,
        List<String> photos,
        List<VariantJson> variants) {

    /**
     * {@code label}: the label in the reader's language (falling back as pages do), as before labels had languages;
     * {@code labels}: the label as written in each language, the shape an update takes. {@code stock}: what is at the
     * cooperative (available and reserved), shown to its managers only.
     */
    record VariantJson(
            UUID id,
            String label,
            VariantLabel labels,
            String sku,
            Money price,
            Integer available,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer stock) {}

    static ProductJson of(ProductView p, String language, Map<UUID, Integer> available) {
        return of(p, language, available, Map.of());
    }

    static ProductJson of(ProductView p, String language, Map<UUID, Integer> available, Map<UUID, Integer> stock) {
        List<VariantJson> variants = p.variants().stream()
                .map(v -> variant(v, language, p.currency(), available, stock))
                .toList();
        List<String> photos =
                p.photos().stream().map(photo -> "/media/" + photo.medium()).toList();
        return new ProductJson(
                p.id(),
                p.cooperativeId(),
                p.name(language),
                p.nameAr(),
                p.nameFr(),
                p.nameEn(),
                p.description(language),
                p.descriptionAr(),
                p.descriptionFr(),
                p.descriptionEn(),
                new Money(p.minPrice(), p.currency()),
                p.category().name(),
                p.labels(),
                p.status().name(),
                p.weightGrams(),
                photos,
                variants);
    }

    private static VariantJson variant(
            VariantView v, String language, String currency, Map<UUID, Integer> available, Map<UUID, Integer> stock) {
        return new VariantJson(
                v.id(),
                v.label().in(language),
                v.label(),
                v.sku(),
                new Money(v.price(), currency),
                available.get(v.id()),
                stock.get(v.id()));
    }
}
