package org.taawun.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.catalog.Category;
import org.taawun.catalog.domain.ProductDetails;
import org.taawun.catalog.domain.ProductService;
import org.taawun.catalog.search.SearchQuery.Sort;
import org.taawun.cooperative.CertificationKind;
import org.taawun.cooperative.domain.ProfileService;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.web.InvalidFieldException;

/**
 * Search through the whole application: products made by the cooperatives' managers, indexed on commit, found in
 * Arabic, French, English and Darija. Every query keeps to this class's price band (9100–9199), so products that
 * other tests of the same JVM create do not change the expected answers.
 */
@TaawunTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductSearchTest {

    static final BigDecimal BAND_MIN = new BigDecimal("9100");
    static final BigDecimal BAND_MAX = new BigDecimal("9199.999");

    @Autowired
    ProductSearch search;

    @Autowired
    ProductService products;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SearchIndexBootstrap bootstrap;

    @Autowired
    ProfileService profiles;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    /** Test product key → id, in order of creation (and publication). */
    final Map<String, UUID> ids = new LinkedHashMap<>();

    final Map<String, BigDecimal> prices = new LinkedHashMap<>();

    UUID draft;
    UUID withdrawn;

    @BeforeAll
    void createProducts() {
        String argan = "manager1@taawun.test";
        String khouribga = "manager2@taawun.test";
        String sejnane = "manager-tn@taawun.test";
        add(
                argan,
                DemoIds.COOP_ARGAN,
                "amlou",
                Category.AMLOU,
                "أملو باللوز البلدي",
                "Amlou aux amandes beldi",
                "Pâte d'amandes grillées et de miel, à tartiner.",
                "9101.50");
        add(
                argan,
                DemoIds.COOP_ARGAN,
                "argan",
                Category.ARGAN_OIL,
                "زيت الأركان الغذائي",
                "Huile d'argan alimentaire",
                "Pressée à froid à partir d'amandons torréfiés.",
                "9102");
        add(
                argan,
                DemoIds.COOP_ARGAN,
                "honey",
                Category.HONEY,
                "عسل الزعتر الحر",
                "Miel de thym sauvage",
                "Récolté dans l'Anti-Atlas.",
                "9103");
        add(
                argan,
                DemoIds.COOP_ARGAN,
                "dates",
                Category.DATES,
                "تمر المجهول",
                "Dattes Medjool",
                "Grosses dattes charnues.",
                "9104");
        add(
                argan,
                DemoIds.COOP_ARGAN,
                "soap",
                Category.COSMETICS,
                "صابون بلدي بزيت الأركان",
                "Savon noir à l'huile d'argan",
                "Pour le hammam.",
                "9105");
        add(
                khouribga,
                DemoIds.COOP_KHOURIBGA,
                "olive",
                Category.OLIVE_OIL,
                "زيت الزيتون البكر",
                "Huile d'olive vierge extra",
                "Première pression à froid.",
                "9106");
        add(
                khouribga,
                DemoIds.COOP_KHOURIBGA,
                "couscous",
                Category.COUSCOUS,
                "كسكس الشعير",
                "Couscous d'orge roulé main",
                "Roulé et séché au soleil.",
                "9107");
        add(
                khouribga,
                DemoIds.COOP_KHOURIBGA,
                "juice",
                Category.JUICE,
                "عصير الرمان الطبيعي",
                "Jus de grenade naturel",
                "Sans sucre ajouté.",
                "9108");
        add(
                khouribga,
                DemoIds.COOP_KHOURIBGA,
                "carpet",
                Category.CARPETS,
                "زربية خريبكة",
                "Tapis berbère tissé main",
                "Laine de mouton teinte aux plantes.",
                "9109");
        add(
                sejnane,
                DemoIds.COOP_TUNISIA,
                "pottery",
                Category.POTTERY,
                "فخار سجنان",
                "Poterie de Sejnane",
                "Modelée à la main, cuite au feu de bois.",
                "9110.250");
        draft = fixtures.asUser(
                argan,
                () -> products.create(
                                DemoIds.COOP_ARGAN,
                                details("أملو بالكاكاو", "Amlou au cacao", null, Category.AMLOU, "9111"),
                                false)
                        .id());
        withdrawn = fixtures.asUser(argan, () -> {
            UUID id = products.create(
                            DemoIds.COOP_ARGAN,
                            details("عسل الدغموس", "Miel d'euphorbe", null, Category.HONEY, "9112"),
                            true)
                    .id();
            products.unpublish(id);
            return id;
        });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "أملو, amlou",
        "amlou, amlou",
        "amlu, amlou",
        "اَمْلو, amlou",
        "زيت الأركان, argan",
        "ارگان, argan",
        "huile d'argane, argan",
        "argan oil, argan",
        "zit l'argan, argan",
        "zitoun, olive",
        "زيتون, olive",
        "couscous, couscous",
        "كسكس, couscous",
        "kseksou, couscous",
        "miel, honey",
        "عسل, honey",
        "3sel, honey",
        "honey, honey",
        "grenade, juice",
        "رمان, juice",
        "rman, juice",
        "tapis, carpet",
        "زربية, carpet",
        "zrabi, carpet",
        "poterie, pottery",
        "fekhar, pottery",
        "فخار, pottery",
        "tmar, dates",
        "dates, dates",
        "sabon, soap",
        "couscouss, couscous",
        "pomegranat, juice",
        "Medjol, dates",
        "Sejnan, pottery",
    })
    void findsTheExpectedProductFirst(String text, String expected) {
        SearchResult result = search.search(inBand(text));
        assertThat(result.productIds()).as(names(result)).isNotEmpty();
        assertThat(result.productIds().get(0)).as(names(result)).isEqualTo(ids.get(expected));
    }

    @Test
    void blankTextListsEveryPublishedProductNewestFirst() {
        SearchResult result = search.search(inBand(" "));
        assertThat(result.total()).isEqualTo(ids.size());
        assertThat(result.productIds()).containsExactlyElementsOf(reversed(ids.values()));
        assertThat(result.suggestions()).isEmpty();
    }

    @Test
    void everyLongerWordMustMatchAllButOneWhenThereAreThreeOrMore() {
        // Both words: argan oil and the soap made with it, not the olive oil that only shares "huile".
        assertThat(search.search(inBand("huile argan")).productIds())
                .containsExactlyInAnyOrder(ids.get("argan"), ids.get("soap"));
        assertThat(search.search(inBand("زيت الأركان")).productIds())
                .contains(ids.get("argan"))
                .doesNotContain(ids.get("olive"));
        // Short words ("de") only add to the score; of three longer words, one may be missing.
        assertThat(search.search(inBand("miel de thym")).productIds()).containsExactly(ids.get("honey"));
        assertThat(search.search(inBand("miel thym sauvage")).productIds()).containsExactly(ids.get("honey"));
        assertThat(search.search(inBand("miel thym introuvable")).productIds()).containsExactly(ids.get("honey"));
        SearchResult none = search.search(inBand("miel argan"));
        assertThat(none.total()).isZero();
        // Nothing has both: each word that finds something alone is offered instead.
        assertThat(none.suggestions()).contains("miel", "argan");
    }

    @Test
    void unpublishedProductsAreNeverFound() {
        assertThat(search.search(inBand("amlou")).productIds())
                .contains(ids.get("amlou"))
                .doesNotContain(draft);
        assertThat(search.search(SearchQuery.of("cacao")).productIds()).doesNotContain(draft);
        assertThat(search.search(SearchQuery.of("euphorbe")).productIds()).doesNotContain(withdrawn);
        assertThat(search.search(SearchQuery.of("الدغموس")).productIds()).doesNotContain(withdrawn);
        assertThat(search.search(inBand("")).productIds()).doesNotContain(draft, withdrawn);
    }

    @Test
    void facetsCountAllMatchingProducts() {
        SearchResult result = search.search(inBand(null));
        assertThat(result.facet(SearchResult.COUNTRY)).containsExactly(Map.entry("MA", 9L), Map.entry("TN", 1L));
        assertThat(result.facet(SearchResult.REGION_CODE))
                .containsExactly(Map.entry("MA-09", 5L), Map.entry("MA-05", 4L), Map.entry("TN-23", 1L));
        assertThat(result.facet(SearchResult.LABEL))
                .containsExactly(Map.entry("ONSSA", 7L), Map.entry("ARGAN_PGI", 1L));
        assertThat(result.facet(SearchResult.COOPERATIVE_ID))
                .containsExactly(
                        Map.entry(DemoIds.COOP_ARGAN.toString(), 5L),
                        Map.entry(DemoIds.COOP_KHOURIBGA.toString(), 4L),
                        Map.entry(DemoIds.COOP_TUNISIA.toString(), 1L));
        assertThat(result.facet(SearchResult.CATEGORY)).hasSize(10).containsEntry("HONEY", 1L);

        SearchResult oils = search.search(inBand("huile"));
        assertThat(oils.facet(SearchResult.CATEGORY))
                .containsEntry("ARGAN_OIL", 1L)
                .containsEntry("OLIVE_OIL", 1L)
                .doesNotContainKey("CARPETS");
    }

    @Test
    void pagesCutFromAWindowOfHitsAreThoseOfOneLongPage() {
        for (Sort sort : Sort.values()) {
            List<UUID> all = search.search(sorted(sort, 0, 20)).productIds();
            assertThat(all).hasSize(ids.size());
            for (int size : new int[] {1, 2, 3, 4}) {
                List<UUID> paged = new ArrayList<>();
                for (int page = 0; page * size < all.size() + size; page++) {
                    SearchResult result = search.search(sorted(sort, page, size));
                    assertThat(result.total()).isEqualTo(all.size());
                    paged.addAll(result.productIds());
                }
                assertThat(paged).as(sort + " by " + size).containsExactlyElementsOf(all);
            }
        }
    }

    @Test
    void thePageOfTheApiComesWithoutFacets() {
        SearchResult page = search.page(inBand("miel"));
        assertThat(page.facets()).isEmpty();
        SearchResult full = search.search(inBand("miel"));
        // the thyme honey and the amlou made with honey
        assertThat(full.facet(SearchResult.COOPERATIVE_ID))
                .containsExactly(Map.entry(DemoIds.COOP_ARGAN.toString(), 2L));
        assertThat(page.productIds()).containsExactlyElementsOf(full.productIds());
        assertThat(page.total()).isEqualTo(full.total());
        // once counted, a search's facets come with its page too
        assertThat(search.page(inBand("miel")).facets()).isEqualTo(full.facets());
    }

    @Test
    void filtersNarrowTheResultAndTheirFacets() {
        SearchResult honey = search.search(with(inBand(null), "HONEY", null, null, null, null));
        assertThat(honey.productIds()).containsExactly(ids.get("honey"));
        assertThat(honey.facet(SearchResult.CATEGORY)).containsExactly(Map.entry("HONEY", 1L));

        SearchResult tunisia = search.search(with(inBand(null), null, null, "tn", null, null));
        assertThat(tunisia.productIds()).containsExactly(ids.get("pottery"));
        assertThat(tunisia.facet(SearchResult.COUNTRY)).containsExactly(Map.entry("TN", 1L));

        SearchResult khouribga = search.search(with(inBand(null), null, null, null, "MA-05", null));
        assertThat(khouribga.total()).isEqualTo(4);

        SearchResult pgi = search.search(with(inBand(null), null, null, null, null, "ARGAN_PGI"));
        assertThat(pgi.productIds()).containsExactly(ids.get("argan"));

        SearchResult onssa = search.search(with(inBand(null), null, null, null, null, "ONSSA"));
        assertThat(onssa.total()).isEqualTo(7);
        assertThat(onssa.facet(SearchResult.LABEL)).containsExactly(Map.entry("ONSSA", 7L), Map.entry("ARGAN_PGI", 1L));

        SearchResult cheap = search.search(priced(null, new BigDecimal("9103"), new BigDecimal("9106")));
        assertThat(cheap.productIds())
                .containsExactlyInAnyOrder(ids.get("honey"), ids.get("dates"), ids.get("soap"), ids.get("olive"));

        SearchResult oilOfKhouribga = search.search(new SearchQuery(
                "huile", null, DemoIds.COOP_KHOURIBGA, null, null, BAND_MIN, BAND_MAX, null, Sort.RELEVANCE, 0, 10));
        assertThat(oilOfKhouribga.productIds()).containsExactly(ids.get("olive"));
    }

    @Test
    void sortsByPriceAndDate() {
        List<UUID> byPrice = prices.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(e -> ids.get(e.getKey()))
                .toList();
        assertThat(search.search(sorted(Sort.PRICE_ASC, 0, 100)).productIds()).containsExactlyElementsOf(byPrice);
        assertThat(search.search(sorted(Sort.PRICE_DESC, 0, 100)).productIds())
                .containsExactlyElementsOf(reversed(byPrice));
        assertThat(search.search(sorted(Sort.NEWEST, 0, 100)).productIds())
                .containsExactlyElementsOf(reversed(ids.values()));
        assertThat(search.search(sorted(Sort.PRICE_ASC, 1, 3)).productIds())
                .containsExactlyElementsOf(byPrice.subList(3, 6));
        SearchResult oilsByPrice = search.search(
                new SearchQuery("huile", null, null, null, null, BAND_MIN, BAND_MAX, null, Sort.PRICE_DESC, 0, 10));
        assertThat(oilsByPrice.productIds().indexOf(ids.get("olive")))
                .isLessThan(oilsByPrice.productIds().indexOf(ids.get("argan")));
    }

    @Test
    void anEmptyResultSuggestsAlternatives() {
        SearchResult filteredOut = search.search(with(inBand("couscous"), null, null, "TN", null, null));
        assertThat(filteredOut.total()).isZero();
        assertThat(filteredOut.suggestions()).anyMatch(s -> s.toLowerCase().contains("couscous"));

        SearchResult typo = search.search(inBand("thim"));
        assertThat(typo.total()).isZero();
        assertThat(typo.suggestions()).contains("Miel de thym sauvage", "thym");

        SearchResult arabic = search.search(inBand("زعتل"));
        assertThat(arabic.total()).isZero();
        assertThat(arabic.suggestions()).contains("عسل الزعتر الحر");

        assertThat(search.search(inBand("xqzwv")).suggestions()).isEmpty();
    }

    @Test
    void resultsKeptForPopularSearchesAreForgottenWhenAProductChanges() {
        SearchQuery query = priced("Zagora", new BigDecimal("9300"), new BigDecimal("9399"));
        assertThat(search.search(query).total()).isZero();
        UUID created = fixtures.asUser(
                "manager2@taawun.test",
                () -> products.create(
                                DemoIds.COOP_KHOURIBGA,
                                details("فخار زاكورة", "Poterie de Zagora", null, Category.POTTERY, "9301"),
                                true)
                        .id());
        assertThat(search.search(query).productIds()).containsExactly(created);
    }

    @Test
    void exactMatchesComeBeforeTypos() {
        UUID exact = fixtures.asUser(
                "manager2@taawun.test",
                () -> products.create(
                                DemoIds.COOP_KHOURIBGA,
                                details(
                                        "فخار تامكروت الأخضر",
                                        "Poterie verte de Tamegroute",
                                        null,
                                        Category.POTTERY,
                                        "9201"),
                                true)
                        .id());
        UUID other = fixtures.asUser(
                "manager2@taawun.test",
                () -> products.create(
                                DemoIds.COOP_KHOURIBGA,
                                details("طبق تامكروت", "Plat de Tamgroute", null, Category.POTTERY, "9202"),
                                true)
                        .id());
        assertThat(search.search(priced("Tamegroute", new BigDecimal("9200"), new BigDecimal("9299")))
                        .productIds())
                .containsExactly(exact, other);
        assertThat(search.search(priced("tamgroute", new BigDecimal("9200"), new BigDecimal("9299")))
                        .productIds())
                .containsExactly(other, exact);
    }

    @Test
    void followsLabelsDerivedFromTheCooperative() {
        UUID cooperative = fixtures.verifiedCooperative();
        BigDecimal price = new BigDecimal("9301");
        UUID rug = fixtures.asUser(
                "admin@taawun.test",
                () -> products.create(
                                cooperative,
                                details("زربية الحوز", "Tapis du Haouz", null, Category.CARPETS, price.toPlainString()),
                                true)
                        .id());
        SearchQuery organic =
                new SearchQuery("tapis", null, null, null, null, price, price, "ORGANIC", Sort.RELEVANCE, 0, 10);
        assertThat(search.search(organic).total()).isZero();

        fixtures.asUser("admin@taawun.test", () -> {
            profiles.addCertification(cooperative, CertificationKind.ORGANIC, "BIO-T-1", null);
            return null;
        });

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(search.search(organic).productIds()).containsExactly(rug));
    }

    @Test
    void rebuildsAnEmptyIndexAtStartup() throws Exception {
        SearchWorkspace workspace = Search.mapping(entityManagerFactory)
                .scope(Object.class, org.taawun.catalog.domain.ProductIndexing.ENTITY)
                .workspace();
        workspace.purge();
        workspace.refresh();
        search.forgetResults(); // the index was emptied behind the application's back
        assertThat(bootstrap.indexed()).isZero();
        assertThat(search.search(inBand(null)).total()).isZero();

        bootstrap.run(new DefaultApplicationArguments());

        assertThat(bootstrap.indexed()).isPositive();
        assertThat(search.search(inBand(null)).productIds()).containsExactlyElementsOf(reversed(ids.values()));
        assertThat(search.search(inBand("أملو")).productIds())
                .startsWith(ids.get("amlou"))
                .doesNotContain(draft);
    }

    @Test
    void checksItsInput() {
        assertInvalid(sized(0), "size", "catalog.search.error.size");
        assertInvalid(sized(101), "size", "catalog.search.error.size");
        assertInvalid(sorted(Sort.NEWEST, -1, 10), "page", "catalog.search.error.page");
        assertInvalid(sorted(Sort.NEWEST, 200, 100), "page", "catalog.search.error.page");
        assertInvalid(SearchQuery.of("a".repeat(201)), "text", "catalog.search.error.text");
        assertInvalid(
                with(SearchQuery.of(""), "SHOES", null, null, null, null), "category", "catalog.search.error.category");
        assertInvalid(
                with(SearchQuery.of(""), null, null, "FR", null, null), "country", "catalog.search.error.country");
        assertInvalid(
                with(SearchQuery.of(""), null, null, null, "x'; drop", null),
                "regionCode",
                "catalog.search.error.region");
        assertInvalid(with(SearchQuery.of(""), null, null, null, null, "<b>"), "label", "catalog.search.error.label");
        assertInvalid(priced(null, new BigDecimal("-1"), null), "minPrice", "catalog.search.error.price");
        assertInvalid(
                priced(null, new BigDecimal("10"), new BigDecimal("5")),
                "maxPrice",
                "catalog.search.error.price-range");
        assertThat(search.search(SearchQuery.of("zq".repeat(100))).total()).isZero();
        assertThat(search.search(SearchQuery.of("!!! ... ???")).total()).isZero();
        assertThat(search.search(SearchQuery.of("\"amlou\" AND (x OR y*)~2")).total())
                .isPositive();
    }

    private void assertInvalid(SearchQuery query, String field, String key) {
        assertThatThrownBy(() -> search.search(query)).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private void add(
            String manager,
            UUID cooperative,
            String key,
            Category category,
            String nameAr,
            String nameFr,
            String descriptionFr,
            String price) {
        UUID id = fixtures.asUser(
                manager,
                () -> products.create(cooperative, details(nameAr, nameFr, descriptionFr, category, price), true)
                        .id());
        ids.put(key, id);
        prices.put(key, new BigDecimal(price));
    }

    private static ProductDetails details(
            String nameAr, String nameFr, String descriptionFr, Category category, String price) {
        return new ProductDetails(
                nameAr,
                nameFr,
                null,
                null,
                descriptionFr,
                null,
                category,
                500,
                List.of(new ProductDetails.VariantDetails(null, null, new BigDecimal(price), 10)));
    }

    private static SearchQuery inBand(String text) {
        return new SearchQuery(text, null, null, null, null, BAND_MIN, BAND_MAX, null, Sort.RELEVANCE, 0, 20);
    }

    private static SearchQuery sorted(Sort sort, int page, int size) {
        return new SearchQuery(null, null, null, null, null, BAND_MIN, BAND_MAX, null, sort, page, size);
    }

    private static SearchQuery sized(int size) {
        return new SearchQuery(null, null, null, null, null, null, null, null, null, 0, size);
    }

    private static SearchQuery priced(String text, BigDecimal min, BigDecimal max) {
        return new SearchQuery(text, null, null, null, null, min, max, null, Sort.RELEVANCE, 0, 20);
    }

    private static SearchQuery with(
            SearchQuery q, String category, UUID cooperative, String country, String region, String label) {
        return new SearchQuery(
                q.text(),
                category,
                cooperative,
                country,
                region,
                q.minPrice(),
                q.maxPrice(),
                label,
                q.sort(),
                q.page(),
                q.size());
    }

    private static List<UUID> reversed(java.util.Collection<UUID> ids) {
        List<UUID> list = new ArrayList<>(ids);
        java.util.Collections.reverse(list);
        return list;
    }

    /** The keys of the test products found, in order, for failure messages. */
    private String names(SearchResult result) {
        List<String> found = new ArrayList<>();
        for (UUID id : result.productIds()) {
            found.add(ids.entrySet().stream()
                    .filter(e -> e.getValue().equals(id))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(id.toString()));
        }
        return "found " + found;
    }
}
