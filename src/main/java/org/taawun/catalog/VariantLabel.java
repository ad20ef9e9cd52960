package org.taawun.catalog;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.taawun.shared.Texts;

/**
 * A variant's label in each language the site speaks ({@code "250 غ"}, {@code "250 g"}, {@code "Pot de 500 g"}).
 *
 * <p>Why free labels per language rather than a quantity and a unit code: a cooperative's variants are as often
 * sizes that are no measure ("petite", "Taille M", "جرة") or mixed ("Pot de 500 g") as plain measures, and a form of
 * one text field per language is what a manager fills fastest on a phone (no unit picker, no second kind of row).
 * What a unit code would have given is kept: a label written in one language only that is a plain measure
 * ({@code 250 g}, {@code 1 L}, {@code 500 مل}) is shown in another language with that language's unit symbol, so
 * she need not type "250 غ" after "250 g". Anything else falls back, as product names do, to the label in the first
 * language it was written in (Arabic, French, English) only when none exists in the reader's.
 */
public record VariantLabel(
        @Size(max = 40, message = "{shared.validation.too-long}")
        @Pattern(regexp = "[^<>]*", message = "{catalog.error.plain-text}")
        String ar,

        @Size(max = 40, message = "{shared.validation.too-long}")
        @Pattern(regexp = "[^<>]*", message = "{catalog.error.plain-text}")
        String fr,

        @Size(max = 40, message = "{shared.validation.too-long}")
        @Pattern(regexp = "[^<>]*", message = "{catalog.error.plain-text}")
        String en) {

    /** No label: a product without variants. */
    public static final VariantLabel NONE = new VariantLabel(null, null, null);

    private static final java.util.regex.Pattern ARABIC =
            java.util.regex.Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F]");
    private static final java.util.regex.Pattern MEASURE =
            java.util.regex.Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(\\p{L}+)\\.?");

    /** The unit symbols as written in Latin script and in Arabic script, by unit. */
    private static final Map<String, String[]> UNITS = Map.of(
            "g", new String[] {"g", "غ"},
            "kg", new String[] {"kg", "كغ"},
            "ml", new String[] {"ml", "مل"},
            "cl", new String[] {"cl", "سل"},
            "l", new String[] {"L", "ل"});

    public VariantLabel {
        ar = clean(ar);
        fr = clean(fr);
        en = clean(en);
    }

    /** A label written in one language, placed by its script: Arabic letters make it Arabic, anything else French. */
    public static VariantLabel written(String text) {
        String label = clean(text);
        if (label == null) {
            return NONE;
        }
        return ARABIC.matcher(label).find() ? new VariantLabel(label, null, null) : new VariantLabel(null, label, null);
    }

    public boolean isEmpty() {
        return ar == null && fr == null && en == null;
    }

    /**
     * The label to show in {@code language}: the one written in it, else a plain measure written in another language
     * with this language's unit symbol, else the first one written; {@code null} when there is none.
     */
    public String in(String language) {
        if (isEmpty()) {
            return null;
        }
        String own = switch (language) {
            case "ar" -> ar;
            case "fr" -> fr;
            default -> en;
        };
        if (own != null) {
            return own;
        }
        String other = Texts.pick(language, ar, fr, en);
        return measureIn(other, language).orElse(other);
    }

    private static java.util.Optional<String> measureIn(String text, String language) {
        Matcher m = MEASURE.matcher(text);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        String written = m.group(2).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String[]> unit : UNITS.entrySet()) {
            String[] symbols = unit.getValue();
            if (written.equals(unit.getKey()) || written.equals(symbols[1])) {
                return java.util.Optional.of(m.group(1) + " " + ("ar".equals(language) ? symbols[1] : symbols[0]));
            }
        }
        return java.util.Optional.empty();
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
