package org.taawun.cooperative;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.taawun.shared.Texts;

/** What any module or the public may know of a cooperative: no phone, no registration number, no applicant. */
public record CooperativeView(
        UUID id,
        String slug,
        String nameAr,
        String nameFr,
        Country country,
        String regionCode,
        LegalForm legalForm,
        int foundingYear,
        int members,
        CooperativeStatus status,
        String currency,
        String storyAr,
        String storyFr,
        String storyEn,
        String logo,
        List<Certification> certifications) {

    public record Certification(CertificationKind kind, String reference, LocalDate validUntil) {}

    public boolean isPublic() {
        return status == CooperativeStatus.VERIFIED;
    }

    /**
     * The name in the reader's language: Arabic for Arabic, else the French name; the other one when the cooperative
     * has only one (an Arabic or a French name suffices to apply).
     */
    public String name(String language) {
        return Texts.pick(language, nameAr, nameFr, nameFr);
    }

    /** The story in the reader's language, else in another language the cooperative wrote it in. */
    public String story(String language) {
        return Texts.pick(language, storyAr, storyFr, storyEn);
    }
}
