package org.taawun.catalog.search;

import java.util.List;
import org.taawun.catalog.search.SearchAnalyzers.Language;

/** Names of the fields of the product index, shared by the mapping and the queries. */
final class ProductFields {

    /**
     * The index's name, numbered: a change to the mapping or the analysers takes the next number, so that a data
     * directory from before gets a new, empty index, which {@link SearchIndexBootstrap} fills at start.
     */
    static final String INDEX = "product-5";

    /** The three names, and the three descriptions, read again with the Latin-script analyser (one field each). */
    static final String NAMES_LATIN = "namesLatin";

    static final String DESCRIPTIONS_LATIN = "descriptionsLatin";

    /** A number made of the product id, to break ties in sorts (numbers compare faster than strings). */
    static final String ID_ORDER = "idOrder";

    /**
     * A number made of the cooperative's id (its most significant half), to count matches per cooperative: numbers are
     * counted without looking each value up in the terms dictionary, which costs milliseconds over 2,000 cooperatives.
     */
    static final String COOPERATIVE_KEY = "cooperativeKey";

    static final String NAME_AR = "nameAr";
    static final String NAME_FR = "nameFr";
    static final String NAME_EN = "nameEn";
    static final String DESCRIPTION_AR = "descriptionAr";
    static final String DESCRIPTION_FR = "descriptionFr";
    static final String DESCRIPTION_EN = "descriptionEn";
    static final String CATEGORY = "category";
    static final String COOPERATIVE_ID = "cooperativeId";
    static final String COUNTRY = "country";
    static final String REGION_CODE = "regionCode";
    static final String LABELS = "labels";
    static final String STATUS = "status";
    static final String CURRENCY = "currency";
    static final String MIN_PRICE = "minPrice";
    static final String PUBLISHED_AT = "publishedAt";

    /**
     * A text property of the product, indexed in its language and again as Latin-script Darija (in {@link #NAMES_LATIN}
     * or {@link #DESCRIPTIONS_LATIN}).
     */
    record Text(String property, Language language, boolean name) {}

    static final List<Text> TEXTS = List.of(
            new Text(NAME_AR, Language.ARABIC, true),
            new Text(NAME_FR, Language.FRENCH, true),
            new Text(NAME_EN, Language.ENGLISH, true),
            new Text(DESCRIPTION_AR, Language.ARABIC, false),
            new Text(DESCRIPTION_FR, Language.FRENCH, false),
            new Text(DESCRIPTION_EN, Language.ENGLISH, false));

    private ProductFields() {}
}
