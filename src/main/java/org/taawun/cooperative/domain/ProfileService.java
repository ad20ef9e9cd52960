package org.taawun.cooperative.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.cooperative.CertificationKind;
import org.taawun.cooperative.CooperativeProfileChanged;
import org.taawun.identity.AccessGuard;
import org.taawun.shared.media.MediaStorage;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;

/** What a cooperative's manager (or an administrator) changes on its storefront: story, address, logo, labels. */
@Service
public class ProfileService {

    static final int LOGO_SIDE = 320;

    private final CooperativeRepository cooperatives;
    private final CertificationRepository certifications;
    private final AccessGuard guard;
    private final MediaStorage media;
    private final ApplicationEventPublisher events;

    ProfileService(
            CooperativeRepository cooperatives,
            CertificationRepository certifications,
            AccessGuard guard,
            MediaStorage media,
            ApplicationEventPublisher events) {
        this.cooperatives = cooperatives;
        this.certifications = certifications;
        this.guard = guard;
        this.media = media;
        this.events = events;
    }

    /** The cooperative, when the current user may act for it (403 otherwise). */
    @Transactional(readOnly = true)
    public RegistryEntry forManager(UUID id) {
        guard.requireMayActFor(id);
        return RegistryEntry.of(find(id));
    }

    @Transactional(readOnly = true)
    public List<CertificationEntry> certificationsOf(UUID id) {
        guard.requireMayActFor(id);
        return certifications.findByCooperativeIdOrderByKind(id).stream()
                .map(CertificationEntry::of)
                .toList();
    }

    @Transactional
    public void edit(UUID id, Profile profile) {
        guard.requireMayActFor(id);
        Cooperative cooperative = find(id);
        String oldSlug = cooperative.slug();
        if (!profile.slug().equals(oldSlug) && cooperatives.existsBySlug(profile.slug())) {
            throw new InvalidFieldException("slug", "cooperative.error.slug-taken");
        }
        cooperative.editProfile(profile.slug(), profile.storyAr(), profile.storyFr(), profile.storyEn());
        events.publishEvent(new CooperativeProfileChanged(id, oldSlug, profile.slug()));
    }

    @Transactional
    public void changeLogo(UUID id, byte[] image) {
        guard.requireMayActFor(id);
        Cooperative cooperative = find(id);
        cooperative.changeLogo(media.storeImage("logo", image, LOGO_SIDE));
        events.publishEvent(new CooperativeProfileChanged(id, cooperative.slug(), cooperative.slug()));
    }

    @Transactional
    public void addCertification(UUID id, CertificationKind kind, String reference, LocalDate validUntil) {
        guard.requireMayActFor(id);
        Cooperative cooperative = find(id);
        if (kind == null) {
            throw new InvalidFieldException("kind", "shared.validation.required");
        }
        if (reference == null || reference.isBlank() || reference.length() > 80) {
            throw new InvalidFieldException("reference", "cooperative.error.certification-reference");
        }
        // An administrator adds what she has checked; a manager's declaration waits for an administrator.
        boolean checked = guard.isAdmin();
        certifications.save(new Certification(
                id, kind, reference, validUntil, checked ? CertificationStatus.CHECKED : CertificationStatus.DECLARED));
        if (checked) {
            events.publishEvent(new CooperativeProfileChanged(id, cooperative.slug(), cooperative.slug()));
        }
    }

    /** Declared certifications waiting for an administrator, oldest first. */
    @Transactional(readOnly = true)
    public Page<CertificationEntry> declared(int page, int size) {
        guard.requireAdmin();
        return certifications
                .findByStatusOrderByCreatedAt(CertificationStatus.DECLARED, PageRequest.of(Math.max(page, 0), size))
                .map(CertificationEntry::of);
    }

    /** The cooperatives that declared these certifications, by id (for the administrator's list). */
    @Transactional(readOnly = true)
    public Map<UUID, RegistryEntry> declaringCooperatives(Page<CertificationEntry> declared) {
        guard.requireAdmin();
        return cooperatives
                .findAllById(declared.map(CertificationEntry::cooperativeId).toSet())
                .stream()
                .map(RegistryEntry::of)
                .collect(Collectors.toMap(RegistryEntry::id, Function.identity()));
    }

    /**
     * An administrator checked a declared certification's document (or refused it). A checked one unlocks food
     * publishing and becomes the products' labels (through {@link CooperativeProfileChanged}, as every change of
     * what the storefront shows).
     */
    @Transactional
    public void review(UUID certificationId, boolean checked) {
        guard.requireAdmin();
        Certification certification = certifications
                .findById(certificationId)
                .orElseThrow(() -> ProblemException.notFound("certification-not-found", "cooperative.error.not-found"));
        certification.review(checked);
        if (checked) {
            Cooperative cooperative = find(certification.cooperativeId());
            events.publishEvent(
                    new CooperativeProfileChanged(cooperative.id(), cooperative.slug(), cooperative.slug()));
        }
    }

    @Transactional
    public void removeCertification(UUID id, UUID certificationId) {
        guard.requireMayActFor(id);
        Certification certification = certifications
                .findById(certificationId)
                .filter(c -> c.cooperativeId().equals(id))
                .orElseThrow(() -> ProblemException.notFound("certification-not-found", "cooperative.error.not-found"));
        certifications.delete(certification);
        Cooperative cooperative = find(id);
        events.publishEvent(new CooperativeProfileChanged(id, cooperative.slug(), cooperative.slug()));
    }

    private Cooperative find(UUID id) {
        return cooperatives
                .findById(id)
                .orElseThrow(() -> ProblemException.notFound("cooperative-not-found", "cooperative.error.not-found"));
    }
}
