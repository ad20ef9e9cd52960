package org.taawun.catalog.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.catalog.domain.ProductStock;
import org.taawun.shared.web.ProblemException;

/**
 * {@code GET /api/v1/products/{id}/stock}, public like the other reads of the API:
 * {@code {"productId","locations":[{"locationId","kind","available","reserved"}]}} for a sellable item (variant); for a
 * product, {@code locations} sums its variants per location and {@code variants} gives each one's own
 * ({@code [{"productId","label","locations"}]}, the label in the reader's language). See {@link ProductStock} for what it answers and why.
 */
@RestController
class StockApiController {

    record Location(UUID locationId, String kind, int available, int reserved) {}

    record Variant(UUID productId, String label, List<Location> locations) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Stock(UUID productId, List<Location> locations, List<Variant> variants) {}

    private final ProductStock stock;

    StockApiController(ProductStock stock) {
        this.stock = stock;
    }

    @GetMapping("/api/v1/products/{id}/stock")
    Stock stock(@PathVariable UUID id, Locale locale) {
        ProductStock.Stock found = stock.of(id)
                .orElseThrow(() -> ProblemException.notFound("product-not-found", "catalog.error.not-found"));
        return new Stock(
                found.id(),
                locations(found.locations()),
                found.variants().stream()
                        .map(v -> new Variant(v.id(), v.label().in(locale.getLanguage()), locations(v.locations())))
                        .toList());
    }

    private static List<Location> locations(List<ProductStock.Location> locations) {
        return locations.stream()
                .map(l -> new Location(l.locationId(), l.kind().name(), l.available(), l.reserved()))
                .toList();
    }
}
