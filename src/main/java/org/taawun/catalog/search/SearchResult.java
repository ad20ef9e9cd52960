package org.taawun.catalog.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of matching published products, best first, with the number of all matches, facet counts over all matches
 * ({@code category}, {@code country}, {@code regionCode}, {@code label}, {@code cooperativeId} → value → count, most
 * frequent first; the 20 cooperatives with most matches; none when the search was asked without them) and, when nothing matched, up to five alternatives to search for instead: names of products
 * found without the filters or with more typos, then product kinds from the synonym list ("tmar", "thym").
 */
public record SearchResult(
        List<UUID> productIds, long total, Map<String, Map<String, Long>> facets, List<String> suggestions) {

    public static final String CATEGORY = "category";
    public static final String COUNTRY = "country";
    public static final String REGION_CODE = "regionCode";
    public static final String LABEL = "label";
    public static final String COOPERATIVE_ID = "cooperativeId";

    public SearchResult {
        productIds = List.copyOf(productIds);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
        suggestions = List.copyOf(suggestions);
    }

    public Map<String, Long> facet(String name) {
        return facets.getOrDefault(name, Map.of());
    }
}
