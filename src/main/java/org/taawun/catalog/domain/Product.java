package org.taawun.catalog.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.DynamicUpdate;
import org.taawun.catalog.Category;
import org.taawun.catalog.ProductStatus;
import org.taawun.shared.Texts;

/**
 * A product of a cooperative. It always has at least one variant; the first one of a simple product has its id.
 * Updates write only changed columns: labels and location, derived from the cooperative, are kept up to date apart.
 */
@Entity
@DynamicUpdate
@Table(schema = "catalog", name = "products")
class Product {

    @Id
    private UUID id;

    private UUID cooperativeId;
    private String nameAr;
    private String nameFr;
    private String nameEn;
    private String descriptionAr;
    private String descriptionFr;
    private String descriptionEn;

    @Enumerated(EnumType.STRING)
    private Category category;

    private String currency;

    @Column(precision = 19, scale = 3)
    private BigDecimal minPrice;

    private String country;
    private String regionCode;
    private String labels;
    private Integer weightGrams;
    private String voice;

    @Enumerated(EnumType.STRING)
    private ProductStatus status;

    private Instant createdAt;
    private Instant publishedAt;

    @Version
    private Long version;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<Variant> variants = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "catalog", name = "photos", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "position")
    private List<Photo> photos = new ArrayList<>();

    protected Product() {}

    Product(UUID cooperativeId, String currency, String country, String regionCode, Set<String> labels) {
        this.id = UUID.randomUUID();
        this.cooperativeId = cooperativeId;
        this.currency = currency;
        this.country = country;
        this.regionCode = regionCode;
        this.status = ProductStatus.DRAFT;
        this.createdAt = Instant.now();
        relabel(labels);
    }

    public void describe(ProductDetails details) {
        this.nameAr = clean(details.nameAr());
        this.nameFr = clean(details.nameFr());
        this.nameEn = clean(details.nameEn());
        this.descriptionAr = clean(details.descriptionAr());
        this.descriptionFr = clean(details.descriptionFr());
        this.descriptionEn = clean(details.descriptionEn());
        this.category = details.category();
        this.weightGrams = details.weightGrams();
    }

    /** Replaces the variants, keeping the ids of those that stay (by position), so orders keep pointing at them. */
    public List<Variant> replaceVariants(List<ProductDetails.VariantDetails> wanted) {
        List<Variant> kept = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            ProductDetails.VariantDetails w = wanted.get(i);
            Variant variant;
            if (i < variants.size()) {
                variant = variants.get(i);
                variant.change(i, w.labelled(), w.sku(), w.price());
            } else {
                variant = new Variant(i == 0 ? id : UUID.randomUUID(), this, i, w.labelled(), w.sku(), w.price());
            }
            kept.add(variant);
        }
        variants.clear();
        variants.addAll(kept);
        minPrice =
                kept.stream().map(Variant::price).min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        return List.copyOf(kept);
    }

    public void addPhoto(Photo photo) {
        photos.add(photo);
    }

    public void removePhoto(int index) {
        if (index >= 0 && index < photos.size()) {
            photos.remove(index);
        }
    }

    public void changeVoice(String voice) {
        this.voice = voice;
    }

    public String voice() {
        return voice;
    }

    public void publish() {
        status = ProductStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = Instant.now();
        }
    }

    public void unpublish() {
        status = ProductStatus.UNPUBLISHED;
    }

    public void relabel(Set<String> newLabels) {
        this.labels = newLabels.stream().sorted().collect(Collectors.joining(","));
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID id() {
        return id;
    }

    public UUID cooperativeId() {
        return cooperativeId;
    }

    public String nameAr() {
        return nameAr;
    }

    public String nameFr() {
        return nameFr;
    }

    public String nameEn() {
        return nameEn;
    }

    public String descriptionAr() {
        return descriptionAr;
    }

    public String descriptionFr() {
        return descriptionFr;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    public String name(String language) {
        return Texts.pick(language, nameAr, nameFr, nameEn);
    }

    public String description(String language) {
        return Texts.pick(language, descriptionAr, descriptionFr, descriptionEn);
    }

    public Category category() {
        return category;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal minPrice() {
        return minPrice;
    }

    public String country() {
        return country;
    }

    public String regionCode() {
        return regionCode;
    }

    public List<String> labels() {
        return labels == null || labels.isBlank() ? List.of() : Arrays.asList(labels.split(","));
    }

    public Integer weightGrams() {
        return weightGrams;
    }

    public ProductStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == ProductStatus.PUBLISHED;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<Variant> variants() {
        return List.copyOf(variants);
    }

    public boolean hasVariants() {
        return variants.size() > 1
                || (variants.size() == 1 && !variants.get(0).label().isEmpty());
    }

    public List<Photo> photos() {
        return List.copyOf(photos);
    }
}
