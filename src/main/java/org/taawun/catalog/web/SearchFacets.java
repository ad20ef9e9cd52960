package org.taawun.catalog.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.taawun.catalog.search.SearchResult;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.shared.web.Formats;

/**
 * The filters of the search page, ready to print: per facet its values with their label in the visitor's language, the
 * link that applies them and their count. Built here rather than in the template: a page has a hundred of them.
 */
@Component
class SearchFacets {

    /** Cooperatives offered as filters on the page: the ones with most matches. */
    static final int COOPERATIVES_SHOWN = 20;

    record Facet(String name, List<Value> values) {}

    record Value(String label, String href, String count) {}

    private final MessageSource messages;
    private final CooperativeDirectory cooperatives;
    private final Formats formats;

    SearchFacets(MessageSource messages, CooperativeDirectory cooperatives, Formats formats) {
        this.messages = messages;
        this.cooperatives = cooperatives;
        this.formats = formats;
    }

    /** The non-empty facets of the result; {@code cooperativeNames} by id for the cooperative facet. */
    List<Facet> of(SearchResult result, SearchLinks links, Map<String, String> cooperativeNames, Locale locale) {
        NumberFormat numbers = formats.integers();
        List<Facet> facets = new ArrayList<>();
        result.facets().forEach((name, counts) -> {
            List<Value> values = new ArrayList<>();
            for (Map.Entry<String, Long> count : counts.entrySet()) {
                if (SearchResult.COOPERATIVE_ID.equals(name) && values.size() == COOPERATIVES_SHOWN) {
                    break;
                }
                String key = count.getKey();
                values.add(new Value(
                        label(name, key, cooperativeNames, locale),
                        links.with(parameter(name), key),
                        "(" + numbers.format(count.getValue()) + ")"));
            }
            if (!values.isEmpty()) {
                facets.add(new Facet(name, values));
            }
        });
        return facets;
    }

    /** The request parameter that filters on a facet. */
    static String parameter(String facet) {
        return switch (facet) {
            case SearchResult.COOPERATIVE_ID -> "cooperative";
            case SearchResult.REGION_CODE -> "region";
            default -> facet;
        };
    }

    private String label(String facet, String key, Map<String, String> cooperativeNames, Locale locale) {
        return switch (facet) {
            case SearchResult.CATEGORY -> messages.getMessage("catalog.category." + key, null, key, locale);
            case SearchResult.LABEL -> messages.getMessage("catalog.label." + key, null, key, locale);
            case SearchResult.COUNTRY -> messages.getMessage("cooperative.country." + key, null, key, locale);
            case SearchResult.REGION_CODE -> cooperatives.regionName(key, locale.getLanguage());
            default -> cooperativeNames.getOrDefault(key, key);
        };
    }
}
