package org.taawun.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.taawun.catalog.VariantLabel;

/** A sellable form of a product (250 ml, 1 l…) with its own SKU and price, labelled in each language. */
@Entity
@Table(schema = "catalog", name = "variants")
class Variant {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private int position;
    private String labelAr;
    private String labelFr;
    private String labelEn;
    private String sku;

    @Column(precision = 19, scale = 3)
    private BigDecimal price;

    protected Variant() {}

    Variant(UUID id, Product product, int position, VariantLabel label, String sku, BigDecimal price) {
        this.id = id;
        this.product = product;
        change(position, label, sku, price);
    }

    void change(int position, VariantLabel label, String sku, BigDecimal price) {
        this.position = position;
        this.labelAr = label.ar();
        this.labelFr = label.fr();
        this.labelEn = label.en();
        this.sku = blankToNull(sku);
        this.price = price;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID id() {
        return id;
    }

    public Product product() {
        return product;
    }

    public int position() {
        return position;
    }

    public VariantLabel label() {
        return new VariantLabel(labelAr, labelFr, labelEn);
    }

    public String sku() {
        return sku;
    }

    public BigDecimal price() {
        return price;
    }
}
