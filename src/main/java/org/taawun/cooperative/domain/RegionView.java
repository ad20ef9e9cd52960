package org.taawun.cooperative.domain;

/** A region of Morocco or a governorate of Tunisia (ISO 3166-2 code), with its names. */
public record RegionView(String code, String country, String nameAr, String nameFr, String nameEn) {

    static RegionView of(Region r) {
        return new RegionView(r.code(), r.country(), r.name("ar"), r.name("fr"), r.name("en"));
    }

    public String name(String language) {
        return switch (language) {
            case "ar" -> nameAr;
            case "fr" -> nameFr;
            default -> nameEn;
        };
    }
}
