package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.Catalog;
import org.taawun.catalog.ShelfItem;
import org.taawun.identity.AccessGuard;
import org.taawun.inventory.Inventory;
import org.taawun.shared.Texts;
import org.taawun.shared.web.ProblemException;

/**
 * Builds a shop's {@link TillCatalogue} for the people who may sell at it: its shelf items (code and agreed price),
 * their names from the catalogue and the shop's stock from inventory.
 */
@Service
public class TillCatalogueQuery {

    private record Shelf(UUID variantId, String code, BigDecimal price) {}

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Inventory inventory;
    private final AccessGuard guard;

    TillCatalogueQuery(JdbcClient jdbc, Catalog catalog, Inventory inventory, AccessGuard guard) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.inventory = inventory;
        this.guard = guard;
    }

    @Transactional(readOnly = true)
    public TillCatalogue catalogue(UUID shopId) {
        if (!guard.maySellAt(shopId)) {
            throw new AccessDeniedException("may not sell at shop " + shopId);
        }
        Map<String, Object> shop = jdbc
                .sql("select currency, max_line_discount from shop.shops where id = ? and active")
                .param(shopId)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("shop-not-found", "shop-till.error.shop"));
        String currency = (String) shop.get("currency");
        List<Shelf> shelves = jdbc.sql(
                        "select variant_id, code, price from shop.shelf_items" + " where shop_id = ? and currency = ?")
                .params(shopId, currency)
                .query((rs, i) -> new Shelf(rs.getObject(1, UUID.class), rs.getString(2), rs.getBigDecimal(3)))
                .list();
        List<UUID> ids = shelves.stream().map(Shelf::variantId).toList();
        Map<UUID, ShelfItem> names =
                catalog.shelfItems(ids).stream().collect(Collectors.toMap(ShelfItem::id, Function.identity()));
        Map<UUID, Integer> stock = inventory.available(ids, shopId);
        int scale = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        List<TillCatalogue.Item> items = new ArrayList<>();
        for (Shelf shelf : shelves) {
            ShelfItem item = names.get(shelf.variantId());
            if (item != null) {
                items.add(new TillCatalogue.Item(
                        shelf.variantId(),
                        shelf.code(),
                        item.sku(),
                        Texts.pick("ar", item.nameAr(), item.nameFr(), item.nameEn()),
                        Texts.pick("fr", item.nameAr(), item.nameFr(), item.nameEn()),
                        item.variantLabel().in("ar"),
                        item.variantLabel().in("fr"),
                        shelf.price().setScale(scale, RoundingMode.HALF_EVEN).toPlainString(),
                        Math.max(0, stock.getOrDefault(shelf.variantId(), 0))));
            }
        }
        return TillCatalogue.of(shopId, currency, (BigDecimal) shop.get("max_line_discount"), items);
    }
}
