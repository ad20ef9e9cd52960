package org.taawun.cooperative.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A region of Morocco or a governorate of Tunisia (reference data, ISO 3166-2 code). */
@Entity
@Immutable
@Table(schema = "cooperative", name = "regions")
class Region {

    @Id
    private String code;

    private String country;
    private String nameAr;
    private String nameFr;
    private String nameEn;

    protected Region() {}

    public String code() {
        return code;
    }

    public String country() {
        return country;
    }

    public String name(String language) {
        return switch (language) {
            case "ar" -> nameAr;
            case "fr" -> nameFr;
            default -> nameEn;
        };
    }
}
