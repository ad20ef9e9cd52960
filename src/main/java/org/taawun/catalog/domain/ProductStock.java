package org.taawun.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.ProductStatus;
import org.taawun.catalog.VariantLabel;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.LocationKind;
import org.taawun.inventory.StockLevel;

/**
 * The public stock of a published item at every location, for {@code GET /api/v1/products/{id}/stock}. {@code id} may
 * be a sellable item (a variant: its own stock) or a product: API bodies name the sellable item {@code productId},
 * while pages and search name the product. A product's first variant shares the product's id (a product without
 * variants is its own variant), so that id answers the product: its own stock when it has one variant, else the sum
 * per location of its variants with each variant's own stock. Two queries (the variants, then their stock
 * everywhere), whatever the number of variants and locations. The cooperative's own store is
 * always listed (0 when empty); shops only where they ever held the item. What it tells anyone is what product pages
 * already show (how many units, where); drafts and unknown ids are alike: empty, so a 404.
 */
@Service
public class ProductStock {

    /** Stock at one location: what can be sold or reserved now, and what online orders hold. */
    public record Location(UUID locationId, LocationKind kind, int available, int reserved) {}

    /** One sellable item of a product, with its label (null for a product without variants) and its stock. */
    public record VariantStock(UUID id, VariantLabel label, List<Location> locations) {}

    /** The stock of what {@code id} names; {@code variants} is empty when it named a variant. */
    public record Stock(UUID id, List<Location> locations, List<VariantStock> variants) {}

    private record Item(UUID id, VariantLabel label, UUID cooperativeId, boolean product) {}

    private final JdbcClient jdbc;
    private final Inventory inventory;

    ProductStock(JdbcClient jdbc, Inventory inventory) {
        this.jdbc = jdbc;
        this.inventory = inventory;
    }

    @Transactional(readOnly = true)
    public Optional<Stock> of(UUID id) {
        List<Item> items = jdbc.sql(
                        "select v.id, v.label_ar, v.label_fr, v.label_en, p.cooperative_id, v.product_id = :id as by_product"
                                + " from catalog.variants v join catalog.products p on p.id = v.product_id"
                                + " where (v.id = :id or v.product_id = :id) and p.status = :published order by v.position")
                .param("id", id)
                .param("published", ProductStatus.PUBLISHED.name())
                .query((rs, i) -> new Item(
                        rs.getObject(1, UUID.class),
                        new VariantLabel(rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getObject(5, UUID.class),
                        rs.getBoolean(6)))
                .list();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, List<StockLevel>> levels =
                inventory.levelsEverywhere(items.stream().map(Item::id).toList());
        List<VariantStock> variants = items.stream()
                .map(item -> new VariantStock(
                        item.id(), item.label(), locations(item.cooperativeId(), levels.get(item.id()))))
                .toList();
        if (variants.size() == 1) {
            return Optional.of(new Stock(id, variants.get(0).locations(), List.of()));
        }
        return Optional.of(new Stock(id, summed(variants), variants));
    }

    /** The cooperative's store first (listed even without a row), then each shop. */
    private static List<Location> locations(UUID cooperativeId, List<StockLevel> levels) {
        List<Location> result = new ArrayList<>();
        result.add(new Location(cooperativeId, LocationKind.COOPERATIVE, 0, 0));
        for (StockLevel level : levels == null ? List.<StockLevel>of() : levels) {
            Location location = new Location(level.locationId(), level.kind(), level.available(), level.reserved());
            if (level.locationId().equals(cooperativeId)) {
                result.set(0, location);
            } else {
                result.add(location);
            }
        }
        return result;
    }

    private static List<Location> summed(List<VariantStock> variants) {
        Map<UUID, Location> sums = new LinkedHashMap<>();
        for (VariantStock variant : variants) {
            for (Location l : variant.locations()) {
                sums.merge(
                        l.locationId(),
                        l,
                        (a, b) -> new Location(
                                a.locationId(), a.kind(), a.available() + b.available(), a.reserved() + b.reserved()));
            }
        }
        return List.copyOf(sums.values());
    }
}
