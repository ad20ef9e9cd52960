package org.taawun.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.domain.ProductQueries;
import org.taawun.shared.money.Money;

/** What other modules may read of the catalogue: the sellable items with their current prices. */
@Component
public class Catalog {

    private final ProductQueries products;
    private final JdbcClient jdbc;

    Catalog(ProductQueries products, JdbcClient jdbc) {
        this.products = products;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<SellableItem> sellable(UUID id) {
        return products.sellable(id);
    }

    /**
     * The sellable items of these ids (unknown ids are left out), in one query: carts and orders ask for them at every
     * step, so the products' variants and photos are not loaded for it.
     */
    @Transactional(readOnly = true)
    public List<SellableItem> sellables(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select v.id, p.id as product_id, p.cooperative_id, p.name_ar, p.name_fr, p.name_en,
                               v.label_ar, v.label_fr, v.label_en, v.price, p.currency, p.status, p.weight_grams,
                               (select ph.small from catalog.photos ph where ph.product_id = p.id
                                 order by ph.position limit 1) as thumbnail
                          from catalog.variants v join catalog.products p on p.id = v.product_id
                         where v.id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new SellableItem(
                        rs.getObject("id", UUID.class),
                        rs.getObject("product_id", UUID.class),
                        rs.getObject("cooperative_id", UUID.class),
                        rs.getString("name_ar"),
                        rs.getString("name_fr"),
                        rs.getString("name_en"),
                        label(rs),
                        new Money(rs.getBigDecimal("price"), rs.getString("currency")),
                        ProductStatus.PUBLISHED.name().equals(rs.getString("status")),
                        (Integer) rs.getObject("weight_grams"),
                        rs.getString("thumbnail")))
                .list();
    }

    private static final String SHELF_ITEMS = """
            select v.id, p.id as product_id, p.cooperative_id, p.name_ar, p.name_fr, p.name_en,
                   v.label_ar, v.label_fr, v.label_en, v.sku,
                   p.category, v.price, p.currency, p.status
              from catalog.variants v join catalog.products p on p.id = v.product_id
            """;

    /** The items of these ids as shops shelve them (unknown ids are left out). */
    @Transactional(readOnly = true)
    public List<ShelfItem> shelfItems(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SHELF_ITEMS + " where v.id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query(Catalog::shelfItem)
                .list();
    }

    /** A cooperative's published items, by product name and variant, as shops shelve them. */
    @Transactional(readOnly = true)
    public List<ShelfItem> shelfItemsOf(UUID cooperativeId) {
        return jdbc.sql(SHELF_ITEMS + " where p.cooperative_id = :coop and p.status = 'PUBLISHED'"
                        + " order by coalesce(p.name_fr, p.name_ar), v.position")
                .param("coop", cooperativeId)
                .query(Catalog::shelfItem)
                .list();
    }

    private static ShelfItem shelfItem(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ShelfItem(
                rs.getObject("id", UUID.class),
                rs.getObject("product_id", UUID.class),
                rs.getObject("cooperative_id", UUID.class),
                rs.getString("name_ar"),
                rs.getString("name_fr"),
                rs.getString("name_en"),
                label(rs),
                rs.getString("sku"),
                Category.valueOf(rs.getString("category")),
                new Money(rs.getBigDecimal("price"), rs.getString("currency")),
                ProductStatus.PUBLISHED.name().equals(rs.getString("status")));
    }

    private static VariantLabel label(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new VariantLabel(rs.getString("label_ar"), rs.getString("label_fr"), rs.getString("label_en"));
    }
}
