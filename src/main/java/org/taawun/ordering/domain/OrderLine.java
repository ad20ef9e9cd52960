package org.taawun.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.taawun.catalog.SellableItem;
import org.taawun.catalog.VariantLabel;

/** A line of a part: what was bought (its names in every language, as they were), at the price of that moment. */
@Entity
@Table(schema = "ordering", name = "order_lines")
class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "part_id")
    private OrderPart part;

    private UUID variantId;
    private UUID productId;
    private String name;
    private String nameAr;
    private String nameFr;
    private String nameEn;
    private String variantLabelAr;
    private String variantLabelFr;
    private String variantLabelEn;

    @Column(precision = 19, scale = 3)
    private BigDecimal unitPrice;

    private int quantity;

    protected OrderLine() {}

    OrderLine(OrderPart part, SellableItem item, BigDecimal unitPrice, int quantity) {
        this.part = part;
        this.variantId = item.id();
        this.productId = item.productId();
        this.name = item.name("fr");
        this.nameAr = item.nameAr();
        this.nameFr = item.nameFr();
        this.nameEn = item.nameEn();
        this.variantLabelAr = item.variantLabel().ar();
        this.variantLabelFr = item.variantLabel().fr();
        this.variantLabelEn = item.variantLabel().en();
        this.unitPrice = unitPrice;
        this.quantity = quantity;
    }

    UUID variantId() {
        return variantId;
    }

    UUID productId() {
        return productId;
    }

    /** The single name that lines kept before names were kept per language (French, with the variant's label). */
    String name() {
        return name;
    }

    String nameAr() {
        return nameAr;
    }

    String nameFr() {
        return nameFr;
    }

    String nameEn() {
        return nameEn;
    }

    /** The variant's label in each language, as it was at order time. */
    VariantLabel variantLabel() {
        return new VariantLabel(variantLabelAr, variantLabelFr, variantLabelEn);
    }

    BigDecimal unitPrice() {
        return unitPrice;
    }

    int quantity() {
        return quantity;
    }

    BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
