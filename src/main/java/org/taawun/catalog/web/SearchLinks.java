package org.taawun.catalog.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import org.taawun.catalog.search.SearchQuery;

/** Links of the search page that change one filter and keep the others (plain links: no JavaScript needed). */
public record SearchLinks(SearchQuery query) {

    public String with(String name, Object value) {
        Map<String, Object> params = current();
        if (value == null || value.toString().isBlank()) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        if (!"page".equals(name)) {
            params.remove("page");
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
        params.forEach((k, v) -> uri.queryParam(k, v));
        return uri.encode().build().toUriString();
    }

    public String without(String name) {
        return with(name, null);
    }

    private Map<String, Object> current() {
        Map<String, Object> params = new LinkedHashMap<>();
        put(params, "q", query.text());
        put(params, "category", query.category());
        put(params, "cooperative", query.cooperativeId());
        put(params, "country", query.country());
        put(params, "region", query.regionCode());
        put(params, "label", query.label());
        put(params, "minPrice", query.minPrice());
        put(params, "maxPrice", query.maxPrice());
        if (query.sort() != null && query.sort() != SearchQuery.Sort.RELEVANCE) {
            params.put("sort", query.sort());
        }
        if (query.page() > 0) {
            params.put("page", query.page());
        }
        return params;
    }

    private static void put(Map<String, Object> params, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            params.put(name, value);
        }
    }
}
