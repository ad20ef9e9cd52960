package org.taawun.shop;

import java.util.UUID;

/** A shop as customers and other modules see it. */
public record ShopView(
        UUID id,
        String nameAr,
        String nameFr,
        String country,
        String regionCode,
        String city,
        String address,
        String hours,
        String currency) {

    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameFr;
    }
}
