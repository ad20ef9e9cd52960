package org.taawun.catalog.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.taawun.catalog.Category;
import org.taawun.cooperative.CertificationKind;
import org.taawun.cooperative.CooperativeView;

/**
 * The labels a product shows, from its cooperative's valid certifications: ONSSA on food, Argane PGI on argan oil
 * only (law 25-06), organic on everything of an organic-certified cooperative.
 */
public final class Labels {

    public static final String ONSSA = "ONSSA";
    public static final String ORGANIC = "ORGANIC";
    public static final String ARGAN_PGI = "ARGAN_PGI";

    private Labels() {}

    public static Set<String> of(CooperativeView cooperative, Category category, LocalDate today) {
        Set<String> labels = new TreeSet<>();
        for (CooperativeView.Certification c : cooperative.certifications()) {
            if (c.validUntil() != null && c.validUntil().isBefore(today)) {
                continue;
            }
            if (isSanitary(c.kind()) && category != null && category.isFood()) {
                labels.add(ONSSA);
            } else if (c.kind() == CertificationKind.ORGANIC) {
                labels.add(ORGANIC);
            } else if (c.kind() == CertificationKind.ARGAN_PGI && category == Category.ARGAN_OIL) {
                labels.add(ARGAN_PGI);
            }
        }
        return labels;
    }

    /** Whether the cooperative holds a sanitary authorisation or approval valid today. */
    public static boolean hasValidSanitaryAuthorisation(CooperativeView cooperative, LocalDate today) {
        return cooperative.certifications().stream()
                .anyMatch(c -> isSanitary(c.kind())
                        && (c.validUntil() == null || !c.validUntil().isBefore(today)));
    }

    private static boolean isSanitary(CertificationKind kind) {
        return kind == CertificationKind.ONSSA_AUTHORISATION || kind == CertificationKind.ONSSA_AGREMENT;
    }
}
