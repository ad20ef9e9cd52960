package org.taawun.cooperative.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificationRepository extends JpaRepository<Certification, UUID> {

    List<Certification> findByCooperativeIdOrderByKind(UUID cooperativeId);

    List<Certification> findByCooperativeIdInOrderByKind(Collection<UUID> cooperativeIds);
}
