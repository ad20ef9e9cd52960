package org.taawun.shared;

/** Texts written in up to three languages: the one of the reader, else the first one that was written. */
public final class Texts {

    private Texts() {}

    public static String pick(String language, String ar, String fr, String en) {
        String preferred = switch (language) {
            case "ar" -> ar;
            case "fr" -> fr;
            default -> en;
        };
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        for (String other : new String[] {ar, fr, en}) {
            if (other != null && !other.isBlank()) {
                return other;
            }
        }
        return "";
    }
}
