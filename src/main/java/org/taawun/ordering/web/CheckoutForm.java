package org.taawun.ordering.web;

import java.util.UUID;
import org.taawun.ordering.DeliveryMethod;

/**
 * The checkout page's form: who, where, and how to receive and pay; and the one-time token that makes it place one
 * order however often it is sent (a double click, Back and send again).
 */
public class CheckoutForm {

    private String token;
    private String currency;
    private String name;
    private String phone;
    private String address;
    private String city;
    private String region;
    private DeliveryMethod method = DeliveryMethod.HOME;
    private UUID shopId;
    private String deliveryFee;

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public DeliveryMethod getMethod() {
        return method;
    }

    public void setMethod(DeliveryMethod method) {
        this.method = method;
    }

    public UUID getShopId() {
        return shopId;
    }

    public void setShopId(UUID shopId) {
        this.shopId = shopId;
    }

    /** The home-delivery fee the page showed (a plain decimal): placed only if it is still the fee to charge. */
    public String getDeliveryFee() {
        return deliveryFee;
    }

    public void setDeliveryFee(String deliveryFee) {
        this.deliveryFee = deliveryFee;
    }
}
