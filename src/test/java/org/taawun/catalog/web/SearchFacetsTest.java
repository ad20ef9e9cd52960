package org.taawun.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.TaawunTest;
import org.taawun.catalog.search.SearchQuery;
import org.taawun.catalog.search.SearchResult;

/** The filters of the search page: labels in the visitor's language, counts, links that apply them. */
@TaawunTest
class SearchFacetsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchFacets facets;

    @Test
    void aFilterLinkAppliesItAndFindsAsManyProductsAsItsCountSays() throws Exception {
        Document page = page("/search?q=argan");
        Element category = page.selectFirst("aside.facets a[href*=category=]");
        assertThat(category).isNotNull();
        assertThat(category.text()).isNotBlank().doesNotContain("catalog.");
        String count = category.nextElementSibling().text();
        assertThat(count).matches("\\(\\d+\\)");

        Document filtered = page(category.attr("href"));
        assertThat(filtered.select("p.actions strong").text()).contains(count.replaceAll("\\D", ""));
        assertThat(filtered.select("a.tag").text()).contains(category.text());
    }

    @Test
    void labelsAreTranslatedAndCooperativesAreCappedOnThePage() {
        Map<String, Long> cooperatives = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            String id = UUID.randomUUID().toString();
            cooperatives.put(id, 30L - i);
            names.put(id, "Coopérative " + i);
        }
        SearchResult result = new SearchResult(
                List.of(),
                1234,
                Map.of(SearchResult.CATEGORY, Map.of("ARGAN_OIL", 1234L), SearchResult.COOPERATIVE_ID, cooperatives),
                List.of());
        LocaleContextHolder.setLocale(Locale.FRENCH);
        try {
            List<SearchFacets.Facet> shown =
                    facets.of(result, new SearchLinks(SearchQuery.of("huile")), names, Locale.FRENCH);
            SearchFacets.Facet category = shown.stream()
                    .filter(f -> f.name().equals(SearchResult.CATEGORY))
                    .findFirst()
                    .orElseThrow();
            assertThat(category.values()).hasSize(1);
            SearchFacets.Value argan = category.values().get(0);
            assertThat(argan.label()).isEqualTo("Huile d’argan");
            assertThat(argan.href()).isEqualTo("/search?q=huile&category=ARGAN_OIL");
            assertThat(argan.count().replaceAll("\\D", "")).isEqualTo("1234");
            SearchFacets.Facet coops = shown.stream()
                    .filter(f -> f.name().equals(SearchResult.COOPERATIVE_ID))
                    .findFirst()
                    .orElseThrow();
            assertThat(coops.values()).hasSize(SearchFacets.COOPERATIVES_SHOWN);
            assertThat(coops.values().get(0).label()).isEqualTo("Coopérative 0");
            assertThat(coops.values().get(0).href()).contains("cooperative=");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).header("Accept-Language", "fr"))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
