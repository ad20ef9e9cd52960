package org.taawun.ordering.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.taawun.catalog.SellableItem;
import org.taawun.ordering.PartStatus;
import org.taawun.shared.web.ProblemException;

/** One cooperative's part of an order, with its own number, status and history. */
@Entity
@Table(schema = "ordering", name = "order_parts")
class OrderPart {

    @Id
    private UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private Order order;

    private UUID cooperativeId;

    /** Where the part's units are held: the cooperative's own store (its id) or the pickup shop. */
    private UUID stockLocationId;

    private String number;
    private int numberYear;
    private int numberSeq;

    @Enumerated(EnumType.STRING)
    private PartStatus status;

    @Column(precision = 19, scale = 3)
    private BigDecimal subtotal;

    @Column(precision = 19, scale = 3)
    private BigDecimal deliveryFee;

    private String reason;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    @OneToMany(mappedBy = "part", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "part", cascade = CascadeType.ALL)
    @OrderBy("at")
    private List<PartEvent> history = new ArrayList<>();

    protected OrderPart() {}

    OrderPart(
            Order order,
            UUID cooperativeId,
            UUID stockLocationId,
            PartNumbers.PartNumber number,
            BigDecimal deliveryFee) {
        this.id = UUID.randomUUID();
        this.order = order;
        this.cooperativeId = cooperativeId;
        this.stockLocationId = stockLocationId;
        this.number = number.text();
        this.numberYear = number.year();
        this.numberSeq = number.sequence();
        this.status = PartStatus.NEW;
        this.subtotal = BigDecimal.ZERO;
        this.deliveryFee = deliveryFee;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        history.add(new PartEvent(this, PartStatus.NEW, null));
    }

    void addLine(SellableItem item, BigDecimal unitPrice, int quantity) {
        OrderLine line = new OrderLine(this, item, unitPrice, quantity);
        lines.add(line);
        subtotal = subtotal.add(line.total());
    }

    /** Moves the part on; a move the workflow does not allow is a conflict that changes nothing. */
    void moveTo(PartStatus target, String note) {
        if (!status.canMoveTo(target)) {
            throw ProblemException.conflict(
                    "invalid-transition", "ordering.error.transition", status.name(), target.name());
        }
        status = target;
        reason = note;
        updatedAt = Instant.now();
        history.add(new PartEvent(this, target, note));
    }

    /** No one accepted or refused the part in time: it expires (only from NEW; anything else is a conflict). */
    void expire() {
        if (status != PartStatus.NEW) {
            throw ProblemException.conflict(
                    "invalid-transition", "ordering.error.transition", status.name(), PartStatus.EXPIRED.name());
        }
        status = PartStatus.EXPIRED;
        updatedAt = Instant.now();
        history.add(new PartEvent(this, PartStatus.EXPIRED, null));
    }

    UUID id() {
        return id;
    }

    Order order() {
        return order;
    }

    UUID cooperativeId() {
        return cooperativeId;
    }

    UUID stockLocationId() {
        return stockLocationId;
    }

    /** Whether the part's units lie on a shop's shelf (an order for pickup there) rather than at the cooperative. */
    boolean heldAtShop() {
        return !stockLocationId.equals(cooperativeId);
    }

    String number() {
        return number;
    }

    PartStatus status() {
        return status;
    }

    BigDecimal subtotal() {
        return subtotal;
    }

    BigDecimal deliveryFee() {
        return deliveryFee;
    }

    BigDecimal total() {
        return subtotal.add(deliveryFee);
    }

    String reason() {
        return reason;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    List<PartEvent> history() {
        return List.copyOf(history);
    }
}
