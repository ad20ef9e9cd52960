package org.taawun.cooperative.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.taawun.cooperative.CooperativeStatus;
import org.taawun.cooperative.CooperativeView;
import org.taawun.cooperative.Country;
import org.taawun.cooperative.LegalForm;
import org.taawun.shared.Texts;
import org.taawun.shared.web.ProblemException;

/** A cooperative or women's group: its application, its status in the registry and its storefront profile. */
@Entity
@Table(schema = "cooperative", name = "cooperatives")
class Cooperative {

    @Id
    private UUID id;

    private String slug;
    private String nameAr;
    private String nameFr;

    @Enumerated(EnumType.STRING)
    private Country country;

    private String regionCode;

    @Enumerated(EnumType.STRING)
    private LegalForm legalForm;

    private String registrationNumber;
    private int foundingYear;
    private int members;
    private String contactPhone;
    private String applicantEmail;
    private String applicantName;
    private String applicantLocale;

    @Enumerated(EnumType.STRING)
    private CooperativeStatus status;

    private String rejectionReason;
    private String storyAr;
    private String storyFr;
    private String storyEn;
    private String logo;
    private Instant appliedAt;
    private Instant reviewedAt;

    @Version
    private Long version;

    protected Cooperative() {}

    Cooperative(Application application, String slug, String contactPhone, Locale applicantLocale) {
        this(UUID.randomUUID(), application, slug, contactPhone, applicantLocale);
    }

    Cooperative(UUID id, Application application, String slug, String contactPhone, Locale applicantLocale) {
        this.id = id;
        this.slug = slug;
        this.nameAr = blankToNull(application.nameAr());
        this.nameFr = blankToNull(application.nameFr());
        this.country = application.country();
        this.regionCode = application.regionCode();
        this.legalForm = application.legalForm();
        this.registrationNumber = application.registrationNumber().trim();
        this.foundingYear = application.foundingYear();
        this.members = application.members();
        this.contactPhone = contactPhone;
        this.applicantEmail = application.applicantEmail().trim();
        this.applicantName = application.applicantName().trim();
        this.applicantLocale = applicantLocale.getLanguage();
        this.status = CooperativeStatus.PENDING;
        this.appliedAt = Instant.now();
    }

    public void verify() {
        requireStatus(CooperativeStatus.PENDING);
        status = CooperativeStatus.VERIFIED;
        rejectionReason = null;
        reviewedAt = Instant.now();
    }

    public void reject(String reason) {
        requireStatus(CooperativeStatus.PENDING);
        status = CooperativeStatus.REJECTED;
        rejectionReason = reason.trim();
        reviewedAt = Instant.now();
    }

    public void suspend(String reason) {
        requireStatus(CooperativeStatus.VERIFIED);
        status = CooperativeStatus.SUSPENDED;
        rejectionReason = reason.trim();
    }

    public void reinstate() {
        requireStatus(CooperativeStatus.SUSPENDED);
        status = CooperativeStatus.VERIFIED;
        rejectionReason = null;
    }

    public void editProfile(String slug, String storyAr, String storyFr, String storyEn) {
        this.slug = slug;
        this.storyAr = blankToNull(storyAr);
        this.storyFr = blankToNull(storyFr);
        this.storyEn = blankToNull(storyEn);
    }

    public void changeLogo(String logo) {
        this.logo = logo;
    }

    public CooperativeView view(List<CooperativeView.Certification> certifications) {
        return new CooperativeView(
                id,
                slug,
                nameAr,
                nameFr,
                country,
                regionCode,
                legalForm,
                foundingYear,
                members,
                status,
                country.currency(),
                storyAr,
                storyFr,
                storyEn,
                logo,
                certifications);
    }

    private void requireStatus(CooperativeStatus expected) {
        if (status != expected) {
            throw ProblemException.conflict("cooperative-status", "cooperative.error.status", status.name());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String nameAr() {
        return nameAr;
    }

    public String nameFr() {
        return nameFr;
    }

    public Country country() {
        return country;
    }

    public String regionCode() {
        return regionCode;
    }

    public LegalForm legalForm() {
        return legalForm;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public int foundingYear() {
        return foundingYear;
    }

    public int members() {
        return members;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String applicantEmail() {
        return applicantEmail;
    }

    public String applicantName() {
        return applicantName;
    }

    public Locale applicantLocale() {
        return Locale.forLanguageTag(applicantLocale);
    }

    public CooperativeStatus status() {
        return status;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String storyAr() {
        return storyAr;
    }

    public String storyFr() {
        return storyFr;
    }

    public String storyEn() {
        return storyEn;
    }

    public String logo() {
        return logo;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    /** The name in the reader's language, else the other one (a cooperative may have only one). */
    public String displayName(String language) {
        return Texts.pick(language, nameAr, nameFr, nameFr);
    }
}
