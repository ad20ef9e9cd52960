package org.taawun.catalog.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.taawun.catalog.Category;
import org.taawun.catalog.ProductStatus;
import org.taawun.shared.Texts;

/**
 * A product as it was read, for the pages, the API and the facade of this module: the entity never leaves its
 * package. Same accessors as the entity, so templates read either alike.
 */
public record ProductView(
        UUID id,
        UUID cooperativeId,
        String nameAr,
        String nameFr,
        String nameEn,
        String descriptionAr,
        String descriptionFr,
        String descriptionEn,
        Category category,
        String currency,
        BigDecimal minPrice,
        String country,
        String regionCode,
        List<String> labels,
        Integer weightGrams,
        String voice,
        ProductStatus status,
        Instant createdAt,
        Instant publishedAt,
        List<VariantView> variants,
        List<Photo> photos) {

    static ProductView of(Product p) {
        return new ProductView(
                p.id(),
                p.cooperativeId(),
                p.nameAr(),
                p.nameFr(),
                p.nameEn(),
                p.descriptionAr(),
                p.descriptionFr(),
                p.descriptionEn(),
                p.category(),
                p.currency(),
                p.minPrice(),
                p.country(),
                p.regionCode(),
                List.copyOf(p.labels()),
                p.weightGrams(),
                p.voice(),
                p.status(),
                p.createdAt(),
                p.publishedAt(),
                p.variants().stream().map(VariantView::of).toList(),
                p.photos());
    }

    /** The name in the reader's language, else in another language it was written in. */
    public String name(String language) {
        return Texts.pick(language, nameAr, nameFr, nameEn);
    }

    public String description(String language) {
        return Texts.pick(language, descriptionAr, descriptionFr, descriptionEn);
    }

    public boolean isPublished() {
        return status == ProductStatus.PUBLISHED;
    }

    public boolean hasVariants() {
        return variants.size() > 1
                || (variants.size() == 1 && !variants.get(0).label().isEmpty());
    }
}
