package org.taawun.shop.domain;

import java.math.BigDecimal;

/** What a shop manager sets of her shop. */
public record ShopDetails(
        String nameAr,
        String nameFr,
        String address,
        String city,
        String regionCode,
        String hours,
        String currency,
        BigDecimal maxLineDiscount) {}
