package org.taawun.support.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.taawun.cooperative.Country;
import org.taawun.support.ServiceKind;
import org.taawun.support.SupportService;

/** A service of the directory: a national number or a local service of a region (and usually a city). */
@Entity
@Table(schema = "support", name = "services")
class ListedService {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private ServiceKind kind;

    private String nameAr;
    private String nameFr;
    private String phone;
    private String address;
    private String city;
    private String country;
    private String regionCode;
    private String hours;
    private boolean free;
    private String languages;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private boolean national;
    private boolean example;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    protected ListedService() {}

    ListedService(ServiceData data) {
        this.id = UUID.randomUUID();
        this.createdAt = Instant.now();
        apply(data);
    }

    void apply(ServiceData data) {
        this.kind = data.kind();
        this.nameAr = data.nameAr();
        this.nameFr = data.nameFr();
        this.phone = data.phone();
        this.address = data.address();
        this.city = data.city();
        this.country = data.country().name();
        this.regionCode = data.regionCode();
        this.hours = data.hours();
        this.free = data.free();
        this.languages = data.languages().isEmpty() ? null : String.join(",", data.languages());
        this.latitude = data.latitude();
        this.longitude = data.longitude();
        this.national = data.national();
        this.example = data.example();
        this.updatedAt = Instant.now();
    }

    SupportService view() {
        return new SupportService(
                id,
                kind,
                nameAr,
                nameFr,
                phone,
                address,
                city,
                Country.valueOf(country),
                regionCode,
                hours,
                free,
                languages == null ? List.of() : Arrays.asList(languages.split(",")),
                latitude,
                longitude,
                national,
                example);
    }

    /** A city as stored: trimmed, inner spaces single. */
    static String cleanCity(String city) {
        return city.strip().replaceAll("\\s+", " ");
    }

    UUID id() {
        return id;
    }

    String city() {
        return city;
    }
}
