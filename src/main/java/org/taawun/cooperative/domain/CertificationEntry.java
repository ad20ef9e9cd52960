package org.taawun.cooperative.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.taawun.cooperative.CertificationKind;

/** A certification as its cooperative's managers and the administrators see it, with its review status. */
public record CertificationEntry(
        UUID id,
        UUID cooperativeId,
        CertificationKind kind,
        String reference,
        LocalDate validUntil,
        CertificationStatus status,
        Instant createdAt) {

    static CertificationEntry of(Certification c) {
        return new CertificationEntry(
                c.id(), c.cooperativeId(), c.kind(), c.reference(), c.validUntil(), c.status(), c.createdAt());
    }
}
