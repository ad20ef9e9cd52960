package org.taawun.inventory.web;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.StockLevel;
import org.taawun.shared.web.ProblemException;

/** {@code GET /api/v1/products/{id}/stock}: the stock of a sellable item at each location. */
@RestController
class StockApiController {

    record Location(UUID locationId, String kind, int available, int reserved) {}

    record Stock(UUID productId, List<Location> locations) {}

    private final Inventory inventory;

    StockApiController(Inventory inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/api/v1/products/{id}/stock")
    Stock stock(@PathVariable UUID id) {
        List<StockLevel> levels = inventory.levels(id);
        if (levels.isEmpty()) {
            throw ProblemException.notFound("product-not-found", "inventory.error.unknown-item");
        }
        return new Stock(
                id,
                levels.stream()
                        .map(l -> new Location(l.locationId(), l.kind().name(), l.available(), l.reserved()))
                        .toList());
    }
}
