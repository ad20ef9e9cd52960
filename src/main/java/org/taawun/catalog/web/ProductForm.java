package org.taawun.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.taawun.catalog.Category;
import org.taawun.catalog.VariantLabel;
import org.taawun.catalog.domain.ProductDetails;
import org.taawun.catalog.domain.ProductView;
import org.taawun.catalog.domain.VariantView;

/**
 * The product form of the manager's pages: a name, a price and a stock are enough; a few empty variant rows let her
 * add sizes without JavaScript. Empty rows are dropped.
 */
public class ProductForm {

    static final int VARIANT_ROWS = 4;

    /** One row of the variants table: the label in Arabic, French and English (any may stay empty). */
    public static class Row {
        private String labelAr;
        private String labelFr;
        private String labelEn;
        private String sku;
        private BigDecimal price;
        private Integer stock;
        private Integer stockRead;

        public String getLabelAr() {
            return labelAr;
        }

        public void setLabelAr(String labelAr) {
            this.labelAr = labelAr;
        }

        public String getLabelFr() {
            return labelFr;
        }

        public void setLabelFr(String labelFr) {
            this.labelFr = labelFr;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        VariantLabel label() {
            return new VariantLabel(labelAr, labelFr, labelEn);
        }

        public String getSku() {
            return sku;
        }

        public void setSku(String sku) {
            this.sku = sku;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public void setPrice(BigDecimal price) {
            this.price = price;
        }

        public Integer getStock() {
            return stock;
        }

        public void setStock(Integer stock) {
            this.stock = stock;
        }

        /** The stock this row showed when the form was opened (a hidden field): the start of her change. */
        public Integer getStockRead() {
            return stockRead;
        }

        public void setStockRead(Integer stockRead) {
            this.stockRead = stockRead;
        }

        boolean isEmpty() {
            return label().isEmpty() && (sku == null || sku.isBlank()) && price == null && stock == null;
        }
    }

    private String nameAr;
    private String nameFr;
    private String nameEn;
    private String descriptionAr;
    private String descriptionFr;
    private String descriptionEn;
    private Category category = Category.OTHER;
    private Integer weightGrams;
    private boolean publish = true;
    /** A photo chosen before the form came back with an error, kept for her under this token (a hidden field). */
    private String photoToken;

    private List<Row> variants = new ArrayList<>();

    public static ProductForm blank() {
        ProductForm form = new ProductForm();
        form.padRows();
        return form;
    }

    public static ProductForm of(ProductView product, java.util.Map<java.util.UUID, Integer> stock) {
        ProductForm form = new ProductForm();
        form.nameAr = product.nameAr();
        form.nameFr = product.nameFr();
        form.nameEn = product.nameEn();
        form.descriptionAr = product.descriptionAr();
        form.descriptionFr = product.descriptionFr();
        form.descriptionEn = product.descriptionEn();
        form.category = product.category();
        form.weightGrams = product.weightGrams();
        for (VariantView v : product.variants()) {
            Row row = new Row();
            row.labelAr = v.label().ar();
            row.labelFr = v.label().fr();
            row.labelEn = v.label().en();
            row.sku = v.sku();
            row.price = v.price();
            row.stock = stock.getOrDefault(v.id(), 0);
            row.stockRead = row.stock;
            form.variants.add(row);
        }
        form.padRows();
        return form;
    }

    /** Shows the stock as it is now, after a change made from an older level was refused. */
    void rereadStock(ProductView product, java.util.Map<java.util.UUID, Integer> stock) {
        for (int i = 0; i < product.variants().size() && i < variants.size(); i++) {
            Row row = variants.get(i);
            row.stock = stock.getOrDefault(product.variants().get(i).id(), 0);
            row.stockRead = row.stock;
        }
    }

    void padRows() {
        while (variants.size() < VARIANT_ROWS) {
            variants.add(new Row());
        }
    }

    ProductDetails toDetails() {
        List<ProductDetails.VariantDetails> rows = variants.stream()
                .filter(r -> !r.isEmpty())
                .map(r -> new ProductDetails.VariantDetails(null, r.label(), r.sku, r.price, r.stock, r.stockRead))
                .toList();
        return new ProductDetails(
                nameAr,
                nameFr,
                nameEn,
                descriptionAr,
                descriptionFr,
                descriptionEn,
                category == null ? Category.OTHER : category,
                weightGrams,
                rows);
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescriptionAr() {
        return descriptionAr;
    }

    public void setDescriptionAr(String descriptionAr) {
        this.descriptionAr = descriptionAr;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public void setDescriptionFr(String descriptionFr) {
        this.descriptionFr = descriptionFr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Integer getWeightGrams() {
        return weightGrams;
    }

    public void setWeightGrams(Integer weightGrams) {
        this.weightGrams = weightGrams;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }

    public String getPhotoToken() {
        return photoToken;
    }

    public void setPhotoToken(String photoToken) {
        this.photoToken = photoToken;
    }

    /** The kept photo's token, when the hidden field holds one. */
    java.util.Optional<java.util.UUID> keptPhoto() {
        try {
            return photoToken == null || photoToken.isBlank()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(java.util.UUID.fromString(photoToken.strip()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public List<Row> getVariants() {
        return variants;
    }

    public void setVariants(List<Row> variants) {
        this.variants = variants;
    }
}
