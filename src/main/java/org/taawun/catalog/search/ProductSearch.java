package org.taawun.catalog.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.catalog.ProductChanged;
import org.taawun.catalog.ProductStatus;
import org.taawun.catalog.domain.ProductIndexing;
import org.taawun.catalog.search.SearchAnalyzers.Language;
import org.taawun.shared.web.InvalidFieldException;

/**
 * Searches the published products in Arabic, French, English and Latin-script Darija, with synonyms across them,
 * typo tolerance on longer words, filters, facet counts, sorts and suggestions when nothing matched.
 *
 * <p>Relevance: exact matches (after analysis and synonyms) weigh {@value #EXACT_BOOST} times more than fuzzy ones,
 * names {@value #NAME_BOOST} times more than descriptions. A term (as analysed: folded, stemmed) of
 * {@value #FUZZY_ONE_EDIT} characters or more may be one edit away, of {@value #FUZZY_TWO_EDITS} or more two edits;
 * a misspelt word is also read as the closest word of the synonym list, so that "pomegranat" finds رمان.
 *
 * <p>Only the index is read (ids, facet counts, names for suggestions): callers load the products they show. Results
 * are kept for {@link #RESULTS_TTL} (popular searches come again and again), and so are the facet counts of a search
 * (the same for all its pages and sorts), and forgotten at every product change on this node, once the index has it.
 */
@Component
public class ProductSearch {

    static final Duration RESULTS_TTL = Duration.ofSeconds(10);

    static final int MAX_TEXT = 200;
    static final int MAX_SIZE = 100;
    static final int MAX_RESULTS = 10_000;
    static final int FUZZY_ONE_EDIT = 5;
    static final int FUZZY_TWO_EDITS = 8;
    static final float EXACT_BOOST = 4f;
    static final float NAME_BOOST = 3f;
    static final float LATIN_BOOST = 0.8f;
    static final int SUGGESTIONS = 5;
    static final int SUGGESTED_NAMES = 3;
    /** Values counted per facet: more than there are categories, labels or regions (36), so that all are. */
    static final int FACET_VALUES = 100;

    static final int COMMON_WORD = 50;
    static final int SIGNIFICANT_LETTERS = 3;
    static final int WINDOW_PAGES = 5;

    private static final Pattern WORDS = Pattern.compile("[\\s\\p{Punct}&&[^'’]]+");
    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

    /** Cooperatives counted, most matches first (the search page offers 20 as filters). */
    static final int COOPERATIVE_VALUES = 20;

    /**
     * Facet name → keyword index field. The cooperatives are counted apart ({@link #COOPERATIVE_KEYS}), the countries
     * from the regions (an ISO 3166-2 code starts with its country's: {@code MA-09}).
     */
    private static final Map<String, String> FACETS = Map.of(
            SearchResult.CATEGORY, ProductFields.CATEGORY,
            SearchResult.REGION_CODE, ProductFields.REGION_CODE,
            SearchResult.LABEL, ProductFields.LABELS);

    private static final AggregationKey<Map<Long, Long>> COOPERATIVE_KEYS =
            AggregationKey.of(ProductFields.COOPERATIVE_KEY);

    private static final Map<String, AggregationKey<Map<String, Long>>> FACET_KEYS = new LinkedHashMap<>();

    private static final Map<Language, Analyzer> ANALYZERS = new EnumMap<>(Language.class);

    /** Each language's query analyser (with the synonyms), as its fields read a query. */
    private static final Map<Language, Analyzer> QUERY_ANALYZERS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ANALYZERS.put(language, SearchAnalyzers.index(language));
            QUERY_ANALYZERS.put(language, SearchAnalyzers.query(language));
        }
        FACETS.keySet().stream().sorted().forEach(name -> FACET_KEYS.put(name, AggregationKey.of(name)));
    }

    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final SynonymVocabulary vocabulary = new SynonymVocabulary();
    /**
     * Windows of hits by search, sort and window, kept and forgotten as the results are; a window of 120 ids weighs
     * about 6 KB, so fewer are kept than pages.
     */
    private final Cache<Window.Key, Window> windows = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterWrite(RESULTS_TTL)
            .build();

    private final Cache<Key, SearchResult> results = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(RESULTS_TTL)
            .build();
    /** Facet counts by search without its page and sort, kept and forgotten as the results are. */
    private final Cache<SearchQuery, Map<String, Map<String, Long>>> facetCounts = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(RESULTS_TTL)
            .build();
    /**
     * By word, how many published products have it exactly (synonyms included), counted up to {@value #COMMON_WORD}:
     * words come back far more often than whole searches. Kept and forgotten as the results are.
     */
    private final Cache<String, Integer> wordMatches = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(RESULTS_TTL)
            .build();

    ProductSearch(EntityManager entityManager, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The page of matches with the facet counts; throws {@link InvalidFieldException} on a size, page, text or filter
     * out of bounds.
     */
    public SearchResult search(SearchQuery query) {
        return search(query, true);
    }

    /** The page of matches and their number, without facet counts (which cost a fifth of a search): for the API. */
    public SearchResult page(SearchQuery query) {
        SearchResult withFacets = results.getIfPresent(new Key(query, true));
        return withFacets != null ? withFacets : search(query, false);
    }

    private SearchResult search(SearchQuery query, boolean withFacets) {
        Key key = new Key(query, withFacets);
        SearchResult cached = results.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        SearchResult result = fromWindow(query, withFacets);
        if (result == null) {
            result = readOnly.execute(status -> find(query, withFacets));
        }
        results.put(key, result);
        return result;
    }

    /** The page cut from the window of hits kept for its search, when its facet counts are kept too; else null. */
    private SearchResult fromWindow(SearchQuery query, boolean withFacets) {
        SearchFilters.of(query);
        SearchQuery matching = matching(query, text(query.text()));
        Window window = windows.getIfPresent(Window.key(matching, query));
        Map<String, Map<String, Long>> facets = withFacets ? facetCounts.getIfPresent(matching) : Map.of();
        if (window == null || facets == null || window.total() == 0) {
            return null;
        }
        return new SearchResult(window.page(query), window.total(), facets, List.of());
    }

    /** Forgets the results kept: the index changed. */
    void forgetResults() {
        results.invalidateAll();
        facetCounts.invalidateAll();
        wordMatches.invalidateAll();
        windows.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProductChanged event) {
        forgetResults();
    }

    private SearchResult find(SearchQuery query, boolean withFacets) {
        SearchFilters filters = SearchFilters.of(query);
        String text = text(query.text());
        SearchQuery.Sort sort = query.sort() == null ? SearchQuery.Sort.RELEVANCE : query.sort();
        SearchSession session = Search.session(entityManager);
        List<String> rare = text == null ? List.of() : rareWords(session, text);
        Function<SearchPredicateFactory, PredicateFinalStep> where = f -> f.bool()
                .with(b -> filters.apply(f, b))
                .must(text == null ? f.matchAll() : textPredicate(f, text, rare));
        // Facet counts do not depend on the page or the sort: the next page of a search reuses them.
        SearchQuery matching = matching(query, text);
        Map<String, Map<String, Long>> knownFacets = withFacets ? facetCounts.getIfPresent(matching) : Map.of();
        var step = session.search(products(session))
                .select(f -> f.id(UUID.class))
                .where(where::apply)
                .sort(f -> sort(f, sort, text != null));
        if (knownFacets == null) {
            for (Map.Entry<String, AggregationKey<Map<String, Long>>> facet : FACET_KEYS.entrySet()) {
                step = step.aggregation(
                        facet.getValue(),
                        f -> f.terms()
                                .field(FACETS.get(facet.getKey()), String.class, ValueModel.INDEX)
                                .maxTermCount(FACET_VALUES));
            }
            step = step.aggregation(
                    COOPERATIVE_KEYS,
                    f -> f.terms()
                            .field(ProductFields.COOPERATIVE_KEY, Long.class)
                            .maxTermCount(COOPERATIVE_VALUES));
        }
        // A window of several pages is fetched at once: the next pages of a search are cut from it.
        Window.Key windowKey = Window.key(matching, query);
        var result = step.fetch(windowKey.first(), windowKey.size());

        Map<String, Map<String, Long>> facets = knownFacets;
        if (facets == null) {
            Map<String, Map<String, Long>> counted = new TreeMap<>();
            FACET_KEYS.forEach((name, key) ->
                    counted.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(result.aggregation(key)))));
            counted.put(SearchResult.COUNTRY, countries(counted.get(SearchResult.REGION_CODE)));
            counted.put(
                    SearchResult.COOPERATIVE_ID,
                    cooperatives(
                            session, where, result.aggregation(COOPERATIVE_KEYS).keySet()));
            facets = Collections.unmodifiableMap(new LinkedHashMap<>(counted));
            facetCounts.put(matching, facets);
        }
        long total = result.total().hitCount();
        Window window = new Window(windowKey.first(), result.hits(), total);
        windows.put(windowKey, window);
        List<String> suggestions = total == 0 && text != null ? suggestions(session, text, rare, filters) : List.of();
        return new SearchResult(window.page(query), total, facets, suggestions);
    }

    /** The search without its page, size and sort: what its facet counts depend on. */
    private static SearchQuery matching(SearchQuery query, String text) {
        return new SearchQuery(
                text,
                query.category(),
                query.cooperativeId(),
                query.country(),
                query.regionCode(),
                query.minPrice(),
                query.maxPrice(),
                query.label(),
                null,
                0,
                0);
    }

    /**
     * Hits {@code first} to {@code first + ids.size()} of a search in a sort, {@value #WINDOW_PAGES} pages at once (as
     * Solr's query result window): the next page of a search costs no search.
     */
    private record Window(int first, List<UUID> ids, long total) {

        record Key(SearchQuery matching, SearchQuery.Sort sort, int first, int size) {}

        /** The window of the query's page: {@value #WINDOW_PAGES} of its pages, the first a multiple of that. */
        static Key key(SearchQuery matching, SearchQuery query) {
            int page = query.page() / WINDOW_PAGES * WINDOW_PAGES;
            SearchQuery.Sort sort = query.sort() == null ? SearchQuery.Sort.RELEVANCE : query.sort();
            return new Key(matching, sort, page * query.size(), query.size() * WINDOW_PAGES);
        }

        List<UUID> page(SearchQuery query) {
            int from = Math.min(query.page() * query.size() - first, ids.size());
            return List.copyOf(ids.subList(from, Math.min(from + query.size(), ids.size())));
        }
    }

    /**
     * The matches per cooperative id of the cooperatives counted by key (most matches first): counted again by id among
     * the matches of those cooperatives only, a few hundred products, so that two ids of one key would count apart.
     */
    private static Map<String, Long> cooperatives(
            SearchSession session, Function<SearchPredicateFactory, PredicateFinalStep> where, Set<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        AggregationKey<Map<String, Long>> ids = AggregationKey.of(SearchResult.COOPERATIVE_ID);
        var counted = session.search(products(session))
                .where(f -> f.bool()
                        .must(where.apply(f))
                        .filter(f.terms().field(ProductFields.COOPERATIVE_KEY).matchingAny(keys)))
                .aggregation(
                        ids,
                        f -> f.terms()
                                .field(ProductFields.COOPERATIVE_ID, String.class, ValueModel.INDEX)
                                .maxTermCount(COOPERATIVE_VALUES))
                .fetch(0);
        return Collections.unmodifiableMap(new LinkedHashMap<>(counted.aggregation(ids)));
    }

    /** Matches per country, most first, from the matches per region (every product has a region). */
    private static Map<String, Long> countries(Map<String, Long> regions) {
        Map<String, Long> countries = new HashMap<>();
        regions.forEach((region, count) -> countries.merge(region.substring(0, region.indexOf('-')), count, Long::sum));
        Map<String, Long> sorted = new LinkedHashMap<>();
        countries.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return Collections.unmodifiableMap(sorted);
    }

    /** A search and whether its facets are counted: the key of the results kept. */
    private record Key(SearchQuery query, boolean facets) {}

    private static String text(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidFieldException("text", "catalog.search.error.text", MAX_TEXT);
        }
        return stripped;
    }

    /**
     * Every word of {@value #SIGNIFICANT_LETTERS} letters or more must match (all but one when there are three or more:
     * "miel de thym sauvage" needs no "sauvage"), in any field and language, through its synonyms; shorter words ("de",
     * "d'", "في") only add to the score. A word matches exactly (boosted) or, when few products have it, with typos:
     * a longer one a few edits away, and as the closest known words. A word that {@value #COMMON_WORD} products or
     * more have ("huile", "argan") is taken as written: it is no typo, and fuzzy clauses on it would score thousands
     * of products for nothing. A rare word may still be a variant spelling ("Tamegroute" / "Tamgroute").
     */
    private PredicateFinalStep textPredicate(SearchPredicateFactory f, String text, List<String> rareWords) {
        List<String> significant = significantWords(text);
        List<String> minor = words(text).stream().filter(w -> !isSignificant(w)).toList();
        if (significant.isEmpty()) {
            return word(f, text, rareWords);
        }
        if (significant.size() == 2 && sameMeaning(significant.get(0), significant.get(1), rareWords)) {
            // "huile d'olive", "زيت الزيتون": two words that every field reads as the same terms find the same
            // products; one word weighed twice scores them the same, for half the work.
            PredicateFinalStep both = exact(f, significant.get(0), 2 * EXACT_BOOST);
            return minor.isEmpty() ? both : f.bool().must(both).should(exact(f, String.join(" ", minor), 1f));
        }
        BooleanPredicateClausesStep<?, ?> required = f.bool();
        for (String word : significant) {
            required.should(word(f, word, rareWords.contains(word) ? List.of(word) : List.of()));
        }
        required.minimumShouldMatchNumber(significant.size() <= 2 ? significant.size() : significant.size() - 1);
        if (minor.isEmpty()) {
            return required;
        }
        return f.bool().must(required).should(exact(f, String.join(" ", minor), 1f));
    }

    /**
     * Whether two words are read as the same terms by every language's query analyser (synonyms of one another, such
     * as "huile" and "olive") and neither is rare (a rare word is also searched with typos, which differ by word).
     */
    static boolean sameMeaning(String a, String b, List<String> rareWords) {
        if (rareWords.contains(a) || rareWords.contains(b)) {
            return false;
        }
        for (Analyzer analyzer : QUERY_ANALYZERS.values()) {
            Set<String> terms = Set.copyOf(SearchAnalyzers.terms(analyzer, a));
            if (terms.isEmpty() || !terms.equals(Set.copyOf(SearchAnalyzers.terms(analyzer, b)))) {
                return false;
            }
        }
        return true;
    }

    /** A word (or a text) exactly, boosted, and its rare words also with typos and as the closest known words. */
    private PredicateFinalStep word(SearchPredicateFactory f, String text, List<String> rareWords) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        bool.should(exact(f, text, EXACT_BOOST));
        for (String rare : rareWords) {
            fuzzy(f, bool, rare, ProductSearch::allowedEdits, false);
            for (String known : vocabulary.closest(rare, ProductSearch::allowedEdits)) {
                bool.should(exact(f, known, 1f));
            }
        }
        return bool;
    }

    /** The words of the text that fewer than {@value #COMMON_WORD} published products match exactly (synonyms included). */
    private List<String> rareWords(SearchSession session, String text) {
        return words(text).stream()
                .filter(word -> matches(session, word) < COMMON_WORD)
                .toList();
    }

    /** Published products that have the word (synonyms included), counted up to {@value #COMMON_WORD}. */
    private int matches(SearchSession session, String word) {
        return wordMatches.get(word, w -> (int) Math.min(
                COMMON_WORD,
                session.search(products(session))
                        .where(f -> f.bool().filter(published(f)).must(exact(f, w, 1f)))
                        .totalHitCountThreshold(COMMON_WORD)
                        .fetch(0)
                        .total()
                        .hitCountLowerBound()));
    }

    /**
     * Each term that a language's index analyser makes of the text, searched in that language's fields a number of
     * edits away that depends on the term's length (after stemming: "aaaa…" stems to "a" in French).
     */
    private static boolean fuzzy(
            SearchPredicateFactory f,
            BooleanPredicateClausesStep<?, ?> into,
            String text,
            IntUnaryOperator editsForLength,
            boolean namesOnly) {
        boolean any = false;
        for (Language language : Language.values()) {
            for (String term : new LinkedHashSet<>(SearchAnalyzers.terms(ANALYZERS.get(language), text))) {
                int edits = editsForLength.applyAsInt(term.codePointCount(0, term.length()));
                if (edits > 0) {
                    into.should(f.match()
                            .fields(fields(language, namesOnly))
                            .matching(term)
                            .fuzzy(edits)
                            .skipAnalysis());
                    any = true;
                }
            }
        }
        return any;
    }

    /** The text in every field through its query analyser (with synonyms); names weigh more than descriptions. */
    private static PredicateFinalStep exact(SearchPredicateFactory f, String text, float weight) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        for (ProductFields.Text field : ProductFields.TEXTS) {
            float boost = weight * (field.name() ? NAME_BOOST : 1f);
            bool.should(f.match().field(field.property()).matching(text).boost(boost));
        }
        bool.should(f.match().field(ProductFields.NAMES_LATIN).matching(text).boost(weight * NAME_BOOST * LATIN_BOOST));
        bool.should(
                f.match().field(ProductFields.DESCRIPTIONS_LATIN).matching(text).boost(weight * LATIN_BOOST));
        return bool;
    }

    /** The text fields analysed as a language: its own ones, or for Latin-script the Latin copies of the texts. */
    private static String[] fields(Language language, boolean namesOnly) {
        if (language == Language.LATIN) {
            return namesOnly
                    ? new String[] {ProductFields.NAMES_LATIN}
                    : new String[] {ProductFields.NAMES_LATIN, ProductFields.DESCRIPTIONS_LATIN};
        }
        List<String> fields = new ArrayList<>();
        for (ProductFields.Text text : ProductFields.TEXTS) {
            if (text.language() == language && (text.name() || !namesOnly)) {
                fields.add(text.property());
            }
        }
        return fields.toArray(String[]::new);
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchQuery.Sort sort, boolean hasText) {
        var newest = f.field(ProductFields.PUBLISHED_AT).desc();
        var first = switch (sort) {
            case RELEVANCE ->
                hasText ? f.score().then().field(ProductFields.PUBLISHED_AT).desc() : newest;
            case PRICE_ASC -> f.field(ProductFields.MIN_PRICE).asc();
            case PRICE_DESC -> f.field(ProductFields.MIN_PRICE).desc();
            case NEWEST -> newest;
        };
        return first.then().field(ProductFields.ID_ORDER);
    }

    /**
     * When nothing matched: up to {@value #SUGGESTED_NAMES} names of products the text finds without the filters, or
     * whose names are a few more typos away, then known words (product kinds in four languages) close to the text.
     */
    private List<String> suggestions(
            SearchSession session, String text, List<String> rareWords, SearchFilters filters) {
        Set<String> suggestions = new LinkedHashSet<>();
        boolean arabic = ARABIC.matcher(text).find();
        if (filters.any()) {
            names(
                    session,
                    f -> f.bool().filter(published(f)).must(textPredicate(f, text, rareWords)),
                    arabic,
                    suggestions);
        }
        List<String> significant = significantWords(text);
        if (significant.size() > 1) {
            // No product has (nearly) all the words: each word that finds something on its own. Cheaper and more
            // telling than names a few typos away from a whole sentence.
            for (String word : significant) {
                if (suggestions.size() < SUGGESTED_NAMES && matches(session, word) > 0) {
                    suggestions.add(word);
                }
            }
        } else if (suggestions.size() < SUGGESTED_NAMES) {
            names(session, f -> fuzzier(f, text), arabic, suggestions);
        }
        for (String word : words(text)) {
            for (String known : vocabulary.closest(word, ProductSearch::suggestionEdits)) {
                if (suggestions.size() < SUGGESTIONS) {
                    suggestions.add(known);
                }
            }
        }
        return List.copyOf(suggestions);
    }

    private static void names(
            SearchSession session,
            Function<SearchPredicateFactory, PredicateFinalStep> where,
            boolean arabic,
            Set<String> into) {
        List<Names> hits = session.search(products(session))
                .select(f -> f.composite()
                        .from(
                                f.field(ProductFields.NAME_AR, String.class),
                                f.field(ProductFields.NAME_FR, String.class),
                                f.field(ProductFields.NAME_EN, String.class))
                        .as(Names::new))
                .where(f -> where.apply(f))
                .fetchHits(SUGGESTED_NAMES);
        for (Names names : hits) {
            if (into.size() < SUGGESTED_NAMES) {
                String name = names.pick(arabic);
                if (name != null) {
                    into.add(name);
                }
            }
        }
    }

    /** Names a few more typos away (published products only, no other filter). */
    private static PredicateFinalStep fuzzier(SearchPredicateFactory f, String text) {
        BooleanPredicateClausesStep<?, ?> names = f.bool();
        return fuzzy(f, names, text, ProductSearch::suggestionEdits, true)
                ? f.bool().filter(published(f)).must(names)
                : f.matchNone();
    }

    static PredicateFinalStep published(SearchPredicateFactory f) {
        return f.match().field(ProductFields.STATUS).matching(ProductStatus.PUBLISHED);
    }

    static boolean isSignificant(String word) {
        return word.codePointCount(0, word.length()) >= SIGNIFICANT_LETTERS;
    }

    static List<String> significantWords(String text) {
        return words(text).stream().filter(ProductSearch::isSignificant).toList();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : WORDS.split(text)) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Edits allowed on a term of that many characters: none below {@value #FUZZY_ONE_EDIT}. */
    static int allowedEdits(int length) {
        return length >= FUZZY_TWO_EDITS ? 2 : length >= FUZZY_ONE_EDIT ? 1 : 0;
    }

    /** Edits allowed when looking for suggestions: one from three characters, two from five. */
    static int suggestionEdits(int length) {
        return length >= FUZZY_ONE_EDIT ? 2 : length >= 3 ? 1 : 0;
    }

    private record Names(String ar, String fr, String en) {

        String pick(boolean arabic) {
            if (arabic && ar != null) {
                return ar;
            }
            return fr != null ? fr : en != null ? en : ar;
        }
    }

    /** The scope of the product index (the entity is known here by name only). */
    private static org.hibernate.search.mapper.orm.scope.SearchScope<Object> products(SearchSession session) {
        return session.scope(Object.class, ProductIndexing.ENTITY);
    }
}
