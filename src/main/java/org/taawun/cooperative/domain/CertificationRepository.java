package org.taawun.cooperative.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificationRepository extends JpaRepository<Certification, UUID> {

    List<Certification> findByCooperativeIdOrderByKind(UUID cooperativeId);

    List<Certification> findByCooperativeIdAndStatusOrderByKind(UUID cooperativeId, CertificationStatus status);

    List<Certification> findByCooperativeIdInAndStatusOrderByKind(
            Collection<UUID> cooperativeIds, CertificationStatus status);

    Page<Certification> findByStatusOrderByCreatedAt(CertificationStatus status, Pageable pageable);
}
