package org.taawun.catalog.search;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product search: free text in Arabic, French, English or Latin-script Darija (blank for every published product),
 * optional filters (null for none), a sort and a page. {@link ProductSearch} checks the values.
 *
 * @param category a {@link org.taawun.catalog.Category} name
 * @param country ISO code, {@code MA} or {@code TN}
 * @param minPrice lowest "from" price (the cheapest variant), whatever the currency
 * @param label a label such as {@code ONSSA}, {@code ORGANIC}, {@code ARGAN_PGI}
 * @param sort null for {@link Sort#RELEVANCE} (newest first when the text is blank)
 * @param page from 0
 * @param size 1 to 100
 */
public record SearchQuery(
        String text,
        String category,
        UUID cooperativeId,
        String country,
        String regionCode,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        String label,
        Sort sort,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 24;

    public enum Sort {
        RELEVANCE,
        PRICE_ASC,
        PRICE_DESC,
        NEWEST
    }

    /** The first page of a text search, by relevance, without filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, Sort.RELEVANCE, 0, DEFAULT_SIZE);
    }
}
