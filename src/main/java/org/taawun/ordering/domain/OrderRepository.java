package org.taawun.ordering.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.taawun.ordering.PartStatus;

interface OrderRepository extends JpaRepository<Order, UUID> {

    Optional<Order> findByTrackingToken(String trackingToken);

    @Query("select p from OrderPart p join fetch p.order where p.id = :id")
    Optional<OrderPart> findPart(@Param("id") UUID partId);

    @Query(
            value = "select p from OrderPart p join fetch p.order where p.cooperativeId = :coop"
                    + " and (:status is null or p.status = :status) order by p.createdAt desc",
            countQuery = "select count(p) from OrderPart p where p.cooperativeId = :coop"
                    + " and (:status is null or p.status = :status)")
    Page<OrderPart> findParts(@Param("coop") UUID cooperativeId, @Param("status") PartStatus status, Pageable pageable);
}
