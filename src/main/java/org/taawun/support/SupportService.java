package org.taawun.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.taawun.cooperative.Country;

/**
 * A service of the directory as the chatbot and the public pages show it.
 *
 * @param phone a short national number ({@code 8350}, {@code 19}) or a full number in E.164 form
 * @param city null for a national number or a service of the whole region
 * @param regionCode null for a national number
 * @param free true when the call is known to be free; false means "not stated"
 * @param languages language codes ({@code ar}, {@code ary} Moroccan Darija, {@code aeb} Tunisian, {@code fr},
 *     {@code en}, {@code zgh} Tamazight); empty when not stated
 * @param national a number valid everywhere in the country
 * @param example a demo entry, to be shown as an example to be checked
 */
public record SupportService(
        UUID id,
        ServiceKind kind,
        String nameAr,
        String nameFr,
        String phone,
        String address,
        String city,
        Country country,
        String regionCode,
        String hours,
        boolean free,
        List<String> languages,
        BigDecimal latitude,
        BigDecimal longitude,
        boolean national,
        boolean example) {

    public SupportService {
        languages = List.copyOf(languages);
    }

    /** The name in the reader's language: Arabic for Arabic, else the French name. */
    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameFr;
    }

    /** The link that starts a call on a phone: {@code tel:8350}, {@code tel:+212522000000}. */
    public String telUri() {
        return "tel:" + phone;
    }
}
