package org.taawun.ordering.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.LocationKind;
import org.taawun.inventory.StockLevel;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/**
 * The shops where an order can be collected: active shops of the order's country that hold, available now (on hand
 * less reserved), every unit of it. An order for pickup holds the shop's own units (see {@link OrderPlacement}), so a
 * shop lacking one is not offered; what the page offers can still be gone a moment later (a till sale), which placing
 * the order then refuses. One query for the stock of all the order's items at every shop.
 */
@Component
public class PickupShops {

    private final Shops shops;
    private final Inventory inventory;

    PickupShops(Shops shops, Inventory inventory) {
        this.shops = shops;
        this.inventory = inventory;
    }

    /** The shops of {@code country} holding {@code quantities} (per sellable item) of every item, by name. */
    @Transactional(readOnly = true)
    public List<ShopView> holding(Map<UUID, Integer> quantities, String country) {
        if (quantities.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<StockLevel>> levels = inventory.levels(quantities.keySet(), LocationKind.SHOP);
        return shops.activeIn(country).stream()
                .filter(shop -> quantities.entrySet().stream()
                        .allMatch(q -> availableAt(levels.get(q.getKey()), shop.id()) >= q.getValue()))
                .toList();
    }

    private static int availableAt(List<StockLevel> levels, UUID shopId) {
        if (levels == null) {
            return 0;
        }
        return levels.stream()
                .filter(l -> l.locationId().equals(shopId))
                .mapToInt(StockLevel::available)
                .sum();
    }
}
