package org.taawun.catalog.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.taawun.catalog.Category;
import org.taawun.catalog.VariantLabel;

/** What a manager says of a product: at least a name in one language, its variants with price and stock. */
public record ProductDetails(
        @Size(max = 150, message = "{shared.validation.too-long}")
        @Pattern(regexp = "[^<>]*", message = "{catalog.error.plain-text}")
        String nameAr,

        @Size(max = 150, message = "{shared.validation.too-long}")
        @Pattern(regexp = "[^<>]*", message = "{catalog.error.plain-text}")
        String nameFr,

        @Size(max = 150, message = "{shared.validation.too-long}")
        @Pattern(regexp = "[^<>]*", message = "{catalog.error.plain-text}")
        String nameEn,

        @Size(max = 4000, message = "{shared.validation.too-long}")
        @Pattern(regexp = "(?s)[^<>]*", message = "{catalog.error.plain-text}")
        String descriptionAr,

        @Size(max = 4000, message = "{shared.validation.too-long}")
        @Pattern(regexp = "(?s)[^<>]*", message = "{catalog.error.plain-text}")
        String descriptionFr,

        @Size(max = 4000, message = "{shared.validation.too-long}")
        @Pattern(regexp = "(?s)[^<>]*", message = "{catalog.error.plain-text}")
        String descriptionEn,

        @NotNull(message = "{shared.validation.required}") Category category,

        @Min(value = 1, message = "{catalog.error.weight}") @Max(value = 100_000, message = "{catalog.error.weight}")
        Integer weightGrams,

        @NotNull(message = "{shared.validation.required}")
        @Size(min = 1, max = 12, message = "{catalog.error.variants}")
        List<@Valid VariantDetails> variants) {

    /**
     * One sellable variant: label (for products with variants) in each language, SKU, price and stock at the
     * cooperative. {@code labels} holds the label per language; {@code label}, a single label as clients wrote it
     * before labels had languages, is used only when {@code labels} holds none, placed in the language of its script
     * (see {@link VariantLabel#written}). A change of an
     * existing variant's stock carries {@code stockRead}, the stock it was read at: if the stock moved since, the
     * change is refused (409 {@code stock-changed}) and nothing is saved. Without it, the stock must be what is there.
     */
    public record VariantDetails(
            @Size(max = 40, message = "{shared.validation.too-long}")
            @Pattern(regexp = "[^<>]*", message = "{catalog.error.plain-text}")
            @Schema(description = "A single label in one language (older clients): used only when labels has none")
            String label,

            @Schema(description = "The label in each language: {\"ar\",\"fr\",\"en\"}, any may be missing") @Valid
            VariantLabel labels,

            @Size(max = 40, message = "{shared.validation.too-long}")
            @Pattern(regexp = "[A-Za-z0-9._\\-]*", message = "{catalog.error.sku}")
            String sku,

            @NotNull(message = "{catalog.error.price}")
            @DecimalMin(value = "0.01", message = "{catalog.error.price}")
            @DecimalMax(value = "1000000", message = "{catalog.error.price}")
            BigDecimal price,

            @NotNull(message = "{catalog.error.stock}")
            @Min(value = 0, message = "{catalog.error.stock}")
            @Max(value = 1_000_000, message = "{catalog.error.stock}")
            Integer stock,

            @Schema(
                    description = "The stock at the cooperative when this edit began (in the API: available +"
                            + " reserved of the COOPERATIVE location of GET /api/v1/products/{id}/stock). Needed to"
                            + " change an existing variant's stock; if the stock is no longer this, the change is"
                            + " refused with 409 stock-changed and nothing is saved.")
            @Min(value = 0, message = "{catalog.error.stock}")
            Integer stockRead) {

        /** A variant as first listed, or whose stock is not being changed. */
        public VariantDetails(String label, String sku, BigDecimal price, Integer stock) {
            this(label, null, sku, price, stock, null);
        }

        /** A variant labelled in each language, as first listed. */
        public static VariantDetails of(VariantLabel labels, String sku, BigDecimal price, Integer stock) {
            return new VariantDetails(null, labels, sku, price, stock, null);
        }

        /** The label to keep: {@code labels} when it holds one, else {@code label} in the language of its script. */
        public VariantLabel labelled() {
            return labels != null && !labels.isEmpty() ? labels : VariantLabel.written(label);
        }
    }

    public boolean hasName() {
        return notBlank(nameAr) || notBlank(nameFr) || notBlank(nameEn);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
