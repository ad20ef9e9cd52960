package org.taawun.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.taawun.catalog.domain.ProductCards;
import org.taawun.catalog.search.ProductSearch;
import org.taawun.catalog.search.SearchQuery;
import org.taawun.catalog.search.SearchResult;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.shared.web.InvalidFieldException;

/** {@code /search?q=}: products across languages, with filters and their counts; works without JavaScript. */
@Controller
class SearchController {

    static final int PAGE_SIZE = 24;

    private final ProductSearch search;
    private final ProductCards cards;
    private final CooperativeDirectory cooperatives;
    private final SearchFacets facets;

    SearchController(ProductSearch search, ProductCards cards, CooperativeDirectory cooperatives, SearchFacets facets) {
        this.search = search;
        this.cards = cards;
        this.cooperatives = cooperatives;
        this.facets = facets;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) UUID cooperative,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) BigDecimal minPrice,
            @RequestParam(required = false) BigDecimal maxPrice,
            @RequestParam(defaultValue = "RELEVANCE") SearchQuery.Sort sort,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        SearchQuery query = new SearchQuery(
                q,
                blank(category),
                cooperative,
                blank(country),
                blank(region),
                minPrice,
                maxPrice,
                blank(label),
                sort,
                Math.max(0, page),
                PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("sorts", SearchQuery.Sort.values());
        SearchLinks links = new SearchLinks(query);
        model.addAttribute("links", links);
        model.addAttribute("htmx", true);
        try {
            SearchResult result = search.search(query);
            Map<UUID, ProductCards.Card> found = cards.byIds(result.productIds()).stream()
                    .collect(Collectors.toMap(ProductCards.Card::id, Function.identity()));
            List<ProductCards.Card> ordered = result.productIds().stream()
                    .filter(found::containsKey)
                    .map(found::get)
                    .toList();
            model.addAttribute("result", result);
            model.addAttribute("products", ordered);
            model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            Map<String, String> names = names(result, cooperative, locale.getLanguage());
            model.addAttribute("cooperativeNames", names);
            model.addAttribute("facets", facets.of(result, links, names, locale));
        } catch (InvalidFieldException e) {
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("products", List.of());
        }
        return "catalog/search";
    }

    /** Names of the cooperatives offered as filters (and of the one chosen), by id. */
    private Map<String, String> names(SearchResult result, UUID chosen, String language) {
        List<UUID> ids = new ArrayList<>();
        result.facet(SearchResult.COOPERATIVE_ID).keySet().stream()
                .limit(SearchFacets.COOPERATIVES_SHOWN)
                .forEach(id -> ids.add(UUID.fromString(id)));
        if (chosen != null) {
            ids.add(chosen);
        }
        Map<String, String> names = new HashMap<>();
        cooperatives.findPublic(ids).forEach((id, c) -> names.put(id.toString(), c.name(language)));
        return names;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
