package org.taawun.support.web.chat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;

/**
 * The country a request suggests for the support chat: the first of Morocco or Tunisia named by a language of its
 * {@code Accept-Language} ({@code ar-TN}, {@code fr-MA}), else null. Only a hint, used until she picks her country.
 */
final class RequestCountry {

    private RequestCountry() {}

    static String of(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return null;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            String country = locale.getCountry();
            if (country.equals("MA") || country.equals("TN")) {
                return country;
            }
        }
        return null;
    }
}
