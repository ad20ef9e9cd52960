package org.taawun.shop.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.ShopAvailability;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.LocationKind;
import org.taawun.inventory.StockLevel;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/**
 * What the shops' shelves hold of items, for product pages: one query for the stock of the items at every shop, one
 * for the active shops of the country. Counts are what the till and online pickup orders may still take.
 */
@Component
class ShelfAvailability implements ShopAvailability {

    private final Inventory inventory;
    private final Shops shops;

    ShelfAvailability(Inventory inventory, Shops shops) {
        this.inventory = inventory;
        this.shops = shops;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<AtShop>> holding(Collection<UUID> variantIds, String country) {
        Map<UUID, List<AtShop>> result = new LinkedHashMap<>();
        if (variantIds.isEmpty()) {
            return result;
        }
        Map<UUID, List<StockLevel>> levels = inventory.levels(variantIds, LocationKind.SHOP);
        if (levels.isEmpty()) {
            return result;
        }
        Map<UUID, ShopView> open =
                shops.activeIn(country).stream().collect(Collectors.toMap(ShopView::id, Function.identity()));
        levels.forEach((variant, atShops) -> {
            List<AtShop> list = atShops.stream()
                    .filter(l -> l.available() > 0 && open.containsKey(l.locationId()))
                    .map(l -> {
                        ShopView shop = open.get(l.locationId());
                        return new AtShop(shop.id(), shop.nameAr(), shop.nameFr(), l.available());
                    })
                    .sorted(Comparator.comparing(AtShop::nameFr))
                    .toList();
            if (!list.isEmpty()) {
                result.put(variant, list);
            }
        });
        return result;
    }
}
