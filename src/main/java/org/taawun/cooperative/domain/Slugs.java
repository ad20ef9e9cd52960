package org.taawun.cooperative.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Storefront addresses: lower-case Latin letters, digits and dashes, 3 to 60 characters. */
public final class Slugs {

    public static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,58}[a-z0-9])");

    private Slugs() {}

    public static String fromName(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (folded.length() > 50) {
            folded = folded.substring(0, 50).replaceAll("-+$", "");
        }
        return folded.length() < 3 ? "cooperative" : folded;
    }

    public static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }
}
