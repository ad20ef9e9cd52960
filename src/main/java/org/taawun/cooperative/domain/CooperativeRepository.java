package org.taawun.cooperative.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.taawun.cooperative.CooperativeStatus;

interface CooperativeRepository extends JpaRepository<Cooperative, UUID> {

    Optional<Cooperative> findBySlug(String slug);

    boolean existsBySlug(String slug);

    Page<Cooperative> findByStatusOrderByAppliedAtDesc(CooperativeStatus status, Pageable pageable);

    Page<Cooperative> findByStatusOrderByNameFr(CooperativeStatus status, Pageable pageable);

    List<Cooperative> findByIdInOrderByNameFr(Collection<UUID> ids);

    long countByStatus(CooperativeStatus status);
}
