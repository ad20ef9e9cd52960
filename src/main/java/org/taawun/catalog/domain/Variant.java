package org.taawun.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A sellable form of a product (250 ml, 1 l…) with its own SKU and price. */
@Entity
@Table(schema = "catalog", name = "variants")
class Variant {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private int position;
    private String label;
    private String sku;

    @Column(precision = 19, scale = 3)
    private BigDecimal price;

    protected Variant() {}

    Variant(UUID id, Product product, int position, String label, String sku, BigDecimal price) {
        this.id = id;
        this.product = product;
        this.position = position;
        this.label = blankToNull(label);
        this.sku = blankToNull(sku);
        this.price = price;
    }

    void change(int position, String label, String sku, BigDecimal price) {
        this.position = position;
        this.label = blankToNull(label);
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

    public String label() {
        return label;
    }

    public String sku() {
        return sku;
    }

    public BigDecimal price() {
        return price;
    }
}
