package org.taawun.catalog.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysers of product search, one per language, each in two forms: for indexing (no synonyms) and for queries
 * (with the synonyms of {@value #SYNONYMS}, read through the same chain so that stemmed and normalised forms match).
 *
 * <p>Every chain starts alike: Maghrebi and Persian letter forms folded (گ ڭ → ك, ڤ → ف, پ → ب, ی → ي), standard
 * tokenizer, lowercase, French elision (l', d'…), Arabic-Indic digits folded, Arabic normalisation (hamza and alef
 * forms, taa marbuta, alef maqsura, diacritics, tatweel) and ASCII folding. Then: Arabic light stemming for Arabic,
 * French light stemming for French, Porter stemming for English, and for the Latin-script Darija one (used on every
 * text) no stemming but Arabizi digits read as letters (3sel → asel, 7out → hout).
 */
final class SearchAnalyzers {

    static final String SYNONYMS = "catalog/search/synonyms.txt";

    /** The analysed languages; the name of each is the index analyser's, {@code name + "_query"} the query one's. */
    enum Language {
        ARABIC("arabic"),
        FRENCH("french"),
        ENGLISH("english"),
        LATIN("latin");

        private final String analyzer;

        Language(String analyzer) {
            this.analyzer = analyzer;
        }

        String analyzer() {
            return analyzer;
        }

        String queryAnalyzer() {
            return analyzer + "_query";
        }
    }

    private static final NormalizeCharMap LETTER_FORMS = letterForms();

    /** Arabizi digits between or next to letters: ع ح ق خ غ ء. */
    private static final List<Map.Entry<Pattern, String>> ARABIZI = List.of(
            arabizi('3', "a"),
            arabizi('7', "h"),
            arabizi('9', "q"),
            arabizi('5', "kh"),
            arabizi('8', "gh"),
            arabizi('2', ""));

    private static final String UNITS = "(?:kg|g|gr|mg|l|cl|ml|cm|mm|m|x)(?!\\p{L})";

    private SearchAnalyzers() {}

    static Analyzer index(Language language) {
        return new Chain(language, null);
    }

    static Analyzer query(Language language) {
        return new Chain(language, synonyms(language));
    }

    /** The terms an analyser makes of a text, in order (synonyms come at the position of the word they stand for). */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static Reader synonymsFile() {
        InputStream in = SearchAnalyzers.class.getClassLoader().getResourceAsStream(SYNONYMS);
        if (in == null) {
            throw new IllegalStateException("Missing " + SYNONYMS);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static SynonymMap synonyms(Language language) {
        try (Reader file = synonymsFile();
                Analyzer rules = index(language)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, rules);
            parser.parse(file);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Bad synonym in " + SYNONYMS + " at line " + e.getErrorOffset(), e);
        }
    }

    private static NormalizeCharMap letterForms() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("گ", "ك"); // gaf, used in Morocco for the g of argan
        map.add("ڭ", "ك"); // ng / g in Maghrebi spelling
        map.add("ک", "ك"); // keheh
        map.add("ڤ", "ف"); // v
        map.add("پ", "ب"); // p
        map.add("ی", "ي"); // Farsi yeh
        map.add("ۀ", "ه");
        map.add("ھ", "ه");
        return map.build();
    }

    /** The digit after a letter, or before letters that are not a unit (5kg, 25cl stay as they are). */
    private static Map.Entry<Pattern, String> arabizi(char digit, String letters) {
        return Map.entry(
                Pattern.compile("(?<=\\p{L})" + digit + "|(?<!\\p{N})" + digit + "(?=\\p{L})(?!" + UNITS + ")"),
                letters);
    }

    private static final class Chain extends Analyzer {

        private final Language language;
        private final SynonymMap synonyms;

        Chain(Language language, SynonymMap synonyms) {
            this.language = language;
            this.synonyms = synonyms;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            Reader result = new MappingCharFilter(LETTER_FORMS, reader);
            if (language == Language.LATIN) {
                for (Map.Entry<Pattern, String> digit : ARABIZI) {
                    result = new PatternReplaceCharFilter(digit.getKey(), digit.getValue(), result);
                }
            }
            return result;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = normalise(source);
            switch (language) {
                case ARABIC -> stream = new ArabicStemFilter(stream);
                case FRENCH -> stream = new FrenchLightStemFilter(stream);
                case ENGLISH -> stream = new PorterStemFilter(new EnglishPossessiveFilter(stream));
                case LATIN -> {}
            }
            if (synonyms != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return new MappingCharFilter(LETTER_FORMS, reader);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(
                    new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in))));
        }

        private static TokenStream normalise(TokenStream in) {
            TokenStream stream = new ElisionFilter(new LowerCaseFilter(in), FrenchAnalyzer.DEFAULT_ARTICLES);
            return new ASCIIFoldingFilter(new ArabicNormalizationFilter(new DecimalDigitFilter(stream)));
        }
    }
}
