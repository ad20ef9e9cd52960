package org.taawun.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.taawun.catalog.domain.Product;
import org.taawun.catalog.domain.Variant;
import org.taawun.shared.money.Money;

/**
 * A product in the API: {@code id} is the product; each variant's {@code id} is what an order names as
 * {@code productId} (a product without variants has one variant, with the product's own id).
 */
record ProductJson(
        UUID id,
        UUID cooperativeId,
        String name,
        String nameAr,
        String nameFr,
        String nameEn,
        String description,
        Money price,
        String category,
        List<String> labels,
        String status,
        Integer weightGrams,
        List<String> photos,
        List<VariantJson> variants) {

    record VariantJson(UUID id, String label, String sku, Money price, Integer available) {}

    static ProductJson of(Product p, String language, Map<UUID, Integer> available) {
        List<VariantJson> variants = p.variants().stream()
                .map(v -> variant(v, p.currency(), available))
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
                new Money(p.minPrice(), p.currency()),
                p.category().name(),
                p.labels(),
                p.status().name(),
                p.weightGrams(),
                photos,
                variants);
    }

    private static VariantJson variant(Variant v, String currency, Map<UUID, Integer> available) {
        return new VariantJson(v.id(), v.label(), v.sku(), new Money(v.price(), currency), available.get(v.id()));
    }
}
