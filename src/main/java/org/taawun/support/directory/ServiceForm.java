package org.taawun.support.directory;

import org.taawun.support.SupportService;

/**
 * A service as typed in the administrator's form or read from a CSV row: text as given, checked by {@link
 * ServiceChecks}. Kind and country are their codes ({@code LISTENING_LINE}, {@code MA}); languages are codes
 * separated by commas or spaces; coordinates are decimal degrees (a decimal comma is accepted). A box left unticked
 * (null) is false.
 */
public record ServiceForm(
        String kind,
        String nameAr,
        String nameFr,
        String phone,
        String address,
        String city,
        String country,
        String regionCode,
        String hours,
        Boolean free,
        String languages,
        String latitude,
        String longitude,
        Boolean national,
        Boolean example) {

    public boolean isFree() {
        return Boolean.TRUE.equals(free);
    }

    public boolean isNational() {
        return Boolean.TRUE.equals(national);
    }

    public boolean isExample() {
        return Boolean.TRUE.equals(example);
    }

    public static ServiceForm empty() {
        return new ServiceForm("", "", "", "", "", "", "MA", "", "", false, "", "", "", false, false);
    }

    /** The form filled with a service's values, for editing. */
    public static ServiceForm of(SupportService s) {
        return new ServiceForm(
                s.kind().name(),
                s.nameAr(),
                s.nameFr(),
                s.phone(),
                s.address(),
                s.city(),
                s.country().name(),
                s.regionCode(),
                s.hours(),
                s.free(),
                String.join(",", s.languages()),
                s.latitude() == null ? "" : s.latitude().toPlainString(),
                s.longitude() == null ? "" : s.longitude().toPlainString(),
                s.national(),
                s.example());
    }
}
