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

/** A certification a cooperative holds (sanitary authorisation, organic, PGI), with its reference and expiry. */
@Entity
@Table(schema = "cooperative", name = "certifications")
public class Certification {

    @Id
    private UUID id;

    private UUID cooperativeId;

    @Enumerated(EnumType.STRING)
    private CertificationKind kind;

    private String reference;
    private LocalDate validUntil;
    private Instant createdAt;

    protected Certification() {}

    public Certification(UUID cooperativeId, CertificationKind kind, String reference, LocalDate validUntil) {
        this.id = UUID.randomUUID();
        this.cooperativeId = cooperativeId;
        this.kind = kind;
        this.reference = reference.trim();
        this.validUntil = validUntil;
        this.createdAt = Instant.now();
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
