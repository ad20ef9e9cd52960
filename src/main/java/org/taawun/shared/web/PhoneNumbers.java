package org.taawun.shared.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Moroccan (+212, 9 digits after the code, starting 5 to 7) and Tunisian (+216, 8 digits) numbers, written by people
 * with spaces, dots or dashes, with 00 or + before the code, or in national form (06..., 22...).
 */
public final class PhoneNumbers {

    private static final Pattern MOROCCO = Pattern.compile("\\+212[5-7]\\d{8}");
    private static final Pattern TUNISIA = Pattern.compile("\\+216[2-9]\\d{7}");

    private PhoneNumbers() {}

    /** The number in E.164 form when it is a valid number of that country ({@code "MA"} or {@code "TN"}). */
    public static Optional<String> normalise(String raw, String country) {
        if (raw == null || raw.length() > 30) {
            return Optional.empty();
        }
        String digits = raw.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        if (!digits.startsWith("+")) {
            digits = switch (country) {
                case "MA" -> digits.startsWith("0") ? "+212" + digits.substring(1) : "+212" + digits;
                case "TN" -> "+216" + digits;
                default -> digits;
            };
        }
        Pattern expected = "TN".equals(country) ? TUNISIA : MOROCCO;
        return expected.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
