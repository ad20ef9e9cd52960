package org.taawun.cooperative.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.taawun.cooperative.CooperativeStatus;
import org.taawun.cooperative.Country;
import org.taawun.cooperative.LegalForm;
import org.taawun.shared.Texts;

/**
 * A cooperative as the registry knows it, for its managers and the administrators (contact and applicant included,
 * unlike {@link org.taawun.cooperative.CooperativeView}): the entity never leaves its package.
 */
public record RegistryEntry(
        UUID id,
        String slug,
        String nameAr,
        String nameFr,
        Country country,
        String regionCode,
        LegalForm legalForm,
        String registrationNumber,
        int foundingYear,
        int members,
        String contactPhone,
        String applicantEmail,
        String applicantName,
        Locale applicantLocale,
        CooperativeStatus status,
        String rejectionReason,
        String storyAr,
        String storyFr,
        String storyEn,
        String logo,
        Instant appliedAt,
        Instant reviewedAt) {

    static RegistryEntry of(Cooperative c) {
        return new RegistryEntry(
                c.id(),
                c.slug(),
                c.nameAr(),
                c.nameFr(),
                c.country(),
                c.regionCode(),
                c.legalForm(),
                c.registrationNumber(),
                c.foundingYear(),
                c.members(),
                c.contactPhone(),
                c.applicantEmail(),
                c.applicantName(),
                c.applicantLocale(),
                c.status(),
                c.rejectionReason(),
                c.storyAr(),
                c.storyFr(),
                c.storyEn(),
                c.logo(),
                c.appliedAt(),
                c.reviewedAt());
    }

    /** The name in the reader's language, else the other one. */
    public String displayName(String language) {
        return Texts.pick(language, nameAr, nameFr, nameFr);
    }
}
