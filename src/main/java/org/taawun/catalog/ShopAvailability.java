package org.taawun.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where an item can be collected besides being sent home: the shops holding some of it now. A product page shows it
 * ("available at UNFM Market Khouribga: 3"). Shops depend on the catalogue, so the module owning them implements this
 * as a bean (as {@code identity.CooperativeOwnership} is implemented by the modules owning the things).
 */
public interface ShopAvailability {

    /** A shop and how many units of an item it can sell now (on hand less those held by online orders). */
    record AtShop(UUID shopId, String nameAr, String nameFr, int available) {

        public String name(String language) {
            return "ar".equals(language) ? nameAr : nameFr;
        }
    }

    /**
     * Per sellable item of {@code variantIds}, the active shops of {@code country} (ISO code: the shops where its
     * orders may be collected) with at least one unit available, by name; items held by no shop are left out.
     */
    Map<UUID, List<AtShop>> holding(Collection<UUID> variantIds, String country);
}
