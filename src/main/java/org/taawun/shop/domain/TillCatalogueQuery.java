package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
import org.taawun.shared.web.ProblemException;

/**
 * Builds a shop's {@link TillCatalogue} for the people who may sell at it: its shelf items (code and agreed price),
 * their names from the catalogue and the shop's stock from inventory, ordered by French name.
 */
@Service
public class TillCatalogueQuery {

    private record Shelf(UUID variantId, UUID cooperativeId, String code, BigDecimal price) {}

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
        List<Shelf> shelves = jdbc.sql("select variant_id, cooperative_id, code, price from shop.shelf_items"
                        + " where shop_id = ? and currency = ?")
                .params(shopId, currency)
                .query((rs, i) -> new Shelf(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getBigDecimal(4)))
                .list();
        List<UUID> ids = shelves.stream().map(Shelf::variantId).toList();
        Map<UUID, ShelfItem> names =
                catalog.shelfItems(ids).stream().collect(Collectors.toMap(ShelfItem::id, Function.identity()));
        Map<UUID, Integer> stock = inventory.available(ids, shopId);
        int scale = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        Map<UUID, Integer> cooperatives = new LinkedHashMap<>();
        List<TillCatalogue.Item> items = new ArrayList<>();
        for (Shelf shelf : shelves) {
            ShelfItem item = names.get(shelf.variantId());
            if (item == null) {
                continue;
            }
            int cooperative = cooperatives.computeIfAbsent(shelf.cooperativeId(), id -> cooperatives.size());
            items.add(new TillCatalogue.Item(
                    shelf.variantId(),
                    shelf.code(),
                    item.sku() == null || item.sku().isBlank() ? null : item.sku(),
                    item.name("ar"),
                    item.name("fr"),
                    shelf.price().setScale(scale, RoundingMode.HALF_EVEN).toPlainString(),
                    Math.max(0, stock.getOrDefault(shelf.variantId(), 0)),
                    cooperative));
        }
        items.sort(java.util.Comparator.comparing(TillCatalogue.Item::f).thenComparing(TillCatalogue.Item::c));
        BigDecimal discount = (BigDecimal) shop.get("max_line_discount");
        List<UUID> coops = List.copyOf(cooperatives.keySet());
        return new TillCatalogue(shopId, currency, discount, version(currency, discount, coops, items), coops, items);
    }

    private static String version(
            String currency, BigDecimal discount, List<UUID> coops, List<TillCatalogue.Item> items) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((currency + '|' + discount.stripTrailingZeros().toPlainString() + '|' + coops)
                    .getBytes(StandardCharsets.UTF_8));
            for (TillCatalogue.Item item : items) {
                digest.update(item.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
