package org.taawun.support.understanding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A word and the same word without the little words written joined to it, so that {@code للشرطه}, {@code والشرطه}
 * and {@code شرطه} meet, as do {@code lboulis} and {@code boulis}, or {@code كيضربني} and {@code يضربني}.
 *
 * <ul>
 *   <li>Arabic script: a conjunction و or ف, then the article or a preposition (بال، كال، فال، وال، لل، ال، ب، ل،
 *       ك), each only while at least three letters remain;
 *   <li>Latin script: the Darija article or preposition written joined ({@code l}, {@code el}, {@code al}, {@code
 *       f}, {@code b}, {@code w}) while at least four letters remain.
 * </ul>
 */
final class WordForms {

    private static final List<String> ARABIC_CONJUNCTIONS = List.of("و", "ف");
    private static final List<String> ARABIC_PREFIXES = List.of("بال", "كال", "فال", "وال", "لل", "ال", "ب", "ل", "ك");
    private static final List<String> LATIN_PREFIXES = List.of("el", "al", "l", "f", "b", "w");

    private WordForms() {}

    /** The word first, then its shorter forms. */
    static Set<String> of(String word) {
        Set<String> forms = new LinkedHashSet<>(3);
        forms.add(word);
        if (word.isEmpty()) {
            return forms;
        }
        if (Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.ARABIC) {
            arabic(word, forms);
        } else if (Character.isLetter(word.charAt(0))) {
            strip(word, LATIN_PREFIXES, 4, forms);
        }
        return forms;
    }

    private static void arabic(String word, Set<String> forms) {
        String withoutConjunction = strip(word, ARABIC_CONJUNCTIONS, 3, forms);
        strip(word, ARABIC_PREFIXES, 3, forms);
        if (withoutConjunction != null) {
            strip(withoutConjunction, ARABIC_PREFIXES, 3, forms);
        }
    }

    /** Adds the word without the first prefix that leaves enough letters; returns that form, or null. */
    private static String strip(String word, List<String> prefixes, int minimum, Set<String> forms) {
        for (String prefix : prefixes) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= minimum) {
                String rest = word.substring(prefix.length());
                forms.add(rest);
                return rest;
            }
        }
        return null;
    }
}
