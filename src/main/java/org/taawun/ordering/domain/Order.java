package org.taawun.ordering.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.taawun.ordering.DeliveryMethod;
import org.taawun.ordering.Payment;

/** What a customer ordered at once, split into one part per cooperative. */
@Entity
@Table(schema = "ordering", name = "orders")
class Order {

    @Id
    private UUID id;

    private String number;
    private String trackingToken;
    private String currency;
    private String customerName;
    private String customerPhone;
    private String address;
    private String city;
    private String regionCode;

    @Enumerated(EnumType.STRING)
    private DeliveryMethod deliveryMethod;

    private UUID shopId;

    @Enumerated(EnumType.STRING)
    private Payment payment;

    private UUID accountId;

    @Column(precision = 19, scale = 3)
    private BigDecimal total;

    private Instant createdAt;
    private String language;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<OrderPart> parts = new ArrayList<>();

    protected Order() {}

    Order(
            String number,
            String trackingToken,
            String currency,
            Customer customer,
            DeliveryMethod method,
            UUID shopId,
            Payment payment,
            UUID accountId,
            String language) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.trackingToken = trackingToken;
        this.currency = currency;
        this.customerName = customer.name();
        this.customerPhone = customer.phone();
        this.address = customer.address();
        this.city = customer.city();
        this.regionCode = customer.region();
        this.deliveryMethod = method;
        this.shopId = shopId;
        this.payment = payment;
        this.accountId = accountId;
        this.language = language;
        this.total = BigDecimal.ZERO;
        this.createdAt = Instant.now();
    }

    /** The customer as the order keeps her: phone already in international form. */
    record Customer(String name, String phone, String address, String city, String region) {}

    /** A cooperative's part, whose units are held at {@code stockLocationId} (her store, or the pickup shop). */
    OrderPart addPart(
            UUID cooperativeId, UUID stockLocationId, PartNumbers.PartNumber partNumber, BigDecimal deliveryFee) {
        OrderPart part = new OrderPart(this, cooperativeId, stockLocationId, partNumber, deliveryFee);
        parts.add(part);
        return part;
    }

    void close() {
        total = parts.stream().map(OrderPart::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    UUID id() {
        return id;
    }

    String number() {
        return number;
    }

    String trackingToken() {
        return trackingToken;
    }

    String currency() {
        return currency;
    }

    String customerName() {
        return customerName;
    }

    String customerPhone() {
        return customerPhone;
    }

    String address() {
        return address;
    }

    String city() {
        return city;
    }

    String regionCode() {
        return regionCode;
    }

    DeliveryMethod deliveryMethod() {
        return deliveryMethod;
    }

    UUID shopId() {
        return shopId;
    }

    Payment payment() {
        return payment;
    }

    BigDecimal total() {
        return total;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** The signed-in account that placed the order ({@code null} for a guest). */
    UUID accountId() {
        return accountId;
    }

    /** The language the customer ordered in, for what she is told later (French for orders from before it was kept). */
    Locale locale() {
        return language == null ? Locale.FRENCH : Locale.forLanguageTag(language);
    }

    List<OrderPart> parts() {
        return List.copyOf(parts);
    }
}
