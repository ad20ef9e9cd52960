package org.taawun.cooperative.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.cooperative.CooperativeStatus;
import org.taawun.cooperative.CooperativeView;

/**
 * Reads of the registry for the {@link org.taawun.cooperative.CooperativeDirectory} facade, which caches them: views
 * carry only the certifications an administrator checked. No access check here: views hold nothing private, and
 * {@link #entry} serves the facade's contact read only.
 */
@Service
public class CooperativeViews {

    private final CooperativeRepository cooperatives;
    private final CertificationRepository certifications;

    CooperativeViews(CooperativeRepository cooperatives, CertificationRepository certifications) {
        this.cooperatives = cooperatives;
        this.certifications = certifications;
    }

    @Transactional(readOnly = true)
    public Optional<CooperativeView> find(UUID id) {
        return cooperatives.findById(id).map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<CooperativeView> findBySlug(String slug) {
        return cooperatives.findBySlug(slug).map(this::view);
    }

    /** The views of those of these cooperatives that exist, by id, read together. */
    @Transactional(readOnly = true)
    public Map<UUID, CooperativeView> findAll(Collection<? extends UUID> ids) {
        List<UUID> wanted = List.copyOf(ids);
        Map<UUID, List<CooperativeView.Certification>> certs = new HashMap<>();
        certifications
                .findByCooperativeIdInAndStatusOrderByKind(wanted, CertificationStatus.CHECKED)
                .forEach(cert -> certs.computeIfAbsent(cert.cooperativeId(), id -> new ArrayList<>())
                        .add(cert.view()));
        Map<UUID, CooperativeView> found = new HashMap<>();
        cooperatives.findAllById(wanted).forEach(c -> found.put(c.id(), c.view(certs.getOrDefault(c.id(), List.of()))));
        return found;
    }

    /** Verified cooperatives by French name. */
    @Transactional(readOnly = true)
    public Page<CooperativeView> listVerified(int page, int size) {
        return cooperatives
                .findByStatusOrderByNameFr(CooperativeStatus.VERIFIED, PageRequest.of(page, size))
                .map(this::view);
    }

    /** The registry's entry (with contact phone and applicant's language), for the facade's contact read. */
    @Transactional(readOnly = true)
    public Optional<RegistryEntry> entry(UUID id) {
        return cooperatives.findById(id).map(RegistryEntry::of);
    }

    private CooperativeView view(Cooperative c) {
        List<CooperativeView.Certification> certs =
                certifications.findByCooperativeIdAndStatusOrderByKind(c.id(), CertificationStatus.CHECKED).stream()
                        .map(Certification::view)
                        .toList();
        return c.view(certs);
    }
}
