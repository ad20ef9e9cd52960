package org.taawun.cooperative.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.taawun.cooperative.CertificationKind;
import org.taawun.cooperative.CooperativeView;
import org.taawun.shared.web.ProblemException;

/**
 * A certification a cooperative holds (sanitary authorisation, organic, PGI), with its reference and expiry. One
 * declared by a manager is {@link CertificationStatus#DECLARED} until an administrator checks its document: only a checked one
 * unlocks food publishing and shows as a label.
 */
@Entity
@Table(schema = "cooperative", name = "certifications")
class Certification {

    @Id
    private UUID id;

    private UUID cooperativeId;

    @Enumerated(EnumType.STRING)
    private CertificationKind kind;

    private String reference;
    private LocalDate validUntil;
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private CertificationStatus status;

    private Instant reviewedAt;

    protected Certification() {}

    Certification(
            UUID cooperativeId,
            CertificationKind kind,
            String reference,
            LocalDate validUntil,
            CertificationStatus status) {
        this.id = UUID.randomUUID();
        this.cooperativeId = cooperativeId;
        this.kind = kind;
        this.reference = reference.trim();
        this.validUntil = validUntil;
        this.createdAt = Instant.now();
        this.status = status;
        this.reviewedAt = status == CertificationStatus.DECLARED ? null : createdAt;
    }

    /** An administrator checked the document (CHECKED) or refused it (REJECTED). */
    public void review(boolean checked) {
        if (status != CertificationStatus.DECLARED) {
            throw ProblemException.conflict("certification-reviewed", "cooperative.error.certification-reviewed");
        }
        status = checked ? CertificationStatus.CHECKED : CertificationStatus.REJECTED;
        reviewedAt = Instant.now();
    }

    public CertificationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID cooperativeId() {
        return cooperativeId;
    }

    public CooperativeView.Certification view() {
        return new CooperativeView.Certification(kind, reference, validUntil);
    }

    public CertificationKind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public LocalDate validUntil() {
        return validUntil;
    }
}
