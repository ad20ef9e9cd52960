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

/** A line of a part: what was bought, at the price of that moment. */
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

    @Column(precision = 19, scale = 3)
    private BigDecimal unitPrice;

    private int quantity;

    protected OrderLine() {}

    OrderLine(OrderPart part, UUID variantId, UUID productId, String name, BigDecimal unitPrice, int quantity) {
        this.part = part;
        this.variantId = variantId;
        this.productId = productId;
        this.name = name;
        this.unitPrice = unitPrice;
        this.quantity = quantity;
    }

    UUID variantId() {
        return variantId;
    }

    UUID productId() {
        return productId;
    }

    String name() {
        return name;
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
