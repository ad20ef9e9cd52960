package org.taawun.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Products and their variants; used only by the services of this package. */
interface ProductRepository extends JpaRepository<Product, UUID> {

    List<Product> findByCooperativeIdOrderByCreatedAtDesc(UUID cooperativeId);

    List<Product> findByIdIn(Collection<UUID> ids);

    @Query("select v from Variant v join fetch v.product where v.id = :id")
    Optional<Variant> findVariant(@Param("id") UUID variantId);

    @Query("select v from Variant v join fetch v.product where v.id in :ids")
    List<Variant> findVariants(@Param("ids") Collection<UUID> variantIds);
}
