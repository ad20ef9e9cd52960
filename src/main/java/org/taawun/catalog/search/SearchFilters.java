package org.taawun.catalog.search;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateOptionsCollector;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.util.common.data.Range;
import org.taawun.catalog.Category;
import org.taawun.cooperative.Country;
import org.taawun.shared.web.InvalidFieldException;

/** The checked filters of a query; status PUBLISHED always applies. */
record SearchFilters(
        Category category,
        UUID cooperativeId,
        String country,
        String regionCode,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        String label) {

    private static final Pattern REGION = Pattern.compile("[A-Z]{2}-[0-9A-Z]{1,3}");
    private static final Pattern LABEL = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    static SearchFilters of(SearchQuery query) {
        if (query.size() < 1 || query.size() > ProductSearch.MAX_SIZE) {
            throw new InvalidFieldException("size", "catalog.search.error.size", ProductSearch.MAX_SIZE);
        }
        if (query.page() < 0 || (long) (query.page() + 1) * query.size() > ProductSearch.MAX_RESULTS) {
            throw new InvalidFieldException("page", "catalog.search.error.page");
        }
        BigDecimal min = query.minPrice();
        BigDecimal max = query.maxPrice();
        if (min != null && min.signum() < 0) {
            throw new InvalidFieldException("minPrice", "catalog.search.error.price");
        }
        if (max != null && max.signum() < 0) {
            throw new InvalidFieldException("maxPrice", "catalog.search.error.price");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidFieldException("maxPrice", "catalog.search.error.price-range");
        }
        return new SearchFilters(
                category(query.category()),
                query.cooperativeId(),
                country(query.country()),
                code(query.regionCode(), REGION, "regionCode", "catalog.search.error.region"),
                min,
                max,
                code(query.label(), LABEL, "label", "catalog.search.error.label"));
    }

    boolean any() {
        return category != null
                || cooperativeId != null
                || country != null
                || regionCode != null
                || minPrice != null
                || maxPrice != null
                || label != null;
    }

    void apply(SearchPredicateFactory f, BooleanPredicateOptionsCollector<?, ?> bool) {
        bool.filter(ProductSearch.published(f));
        if (category != null) {
            bool.filter(f.match().field(ProductFields.CATEGORY).matching(category));
        }
        if (cooperativeId != null) {
            bool.filter(f.match().field(ProductFields.COOPERATIVE_ID).matching(cooperativeId));
        }
        if (country != null) {
            bool.filter(f.match().field(ProductFields.COUNTRY).matching(country));
        }
        if (regionCode != null) {
            bool.filter(f.match().field(ProductFields.REGION_CODE).matching(regionCode));
        }
        if (minPrice != null || maxPrice != null) {
            bool.filter(f.range().field(ProductFields.MIN_PRICE).within(Range.between(minPrice, maxPrice)));
        }
        if (label != null) {
            bool.filter(f.match().field(ProductFields.LABELS).matching(label));
        }
    }

    private static Category category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Category.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("category", "catalog.search.error.category");
        }
    }

    private static String country(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Country.valueOf(value.strip().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("country", "catalog.search.error.country");
        }
    }

    private static String code(String value, Pattern pattern, String field, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!pattern.matcher(code).matches()) {
            throw new InvalidFieldException(field, messageKey);
        }
        return code;
    }
}
