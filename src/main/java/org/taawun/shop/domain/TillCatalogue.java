package org.taawun.shop.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a till keeps of its shop's shelves to sell without the network: every shelved item with its shop code, the
 * shop's agreed price and the stock that can be sold now. Short member names keep 5,000 items well under the 150 KB a
 * cheap tablet downloads on weak 3G (item keys: {@code i} variant id, {@code c} shop code, {@code k} SKU when there is
 * one, {@code a}/{@code f} Arabic/French name, {@code p} price, {@code s} stock, {@code o} index of the cooperative).
 *
 * @param version changes whenever anything here changes (a digest of the content): the till refreshes only then
 * @param maxLineDiscount the largest line discount a cashier may give, in percent of the line
 * @param cooperatives the cooperatives of the items, which {@link Item#o()} indexes
 */
public record TillCatalogue(
        UUID shopId,
        String currency,
        BigDecimal maxLineDiscount,
        String version,
        List<UUID> cooperatives,
        List<Item> items) {

    /** One shelved item (see the member names above). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(UUID i, String c, String k, String a, String f, String p, int s, int o) {}
}
