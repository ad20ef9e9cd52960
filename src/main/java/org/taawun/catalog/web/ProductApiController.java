package org.taawun.catalog.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.catalog.domain.ProductDetails;
import org.taawun.catalog.domain.ProductOwnership;
import org.taawun.catalog.domain.ProductQueries;
import org.taawun.catalog.domain.ProductService;
import org.taawun.catalog.domain.ProductView;
import org.taawun.catalog.domain.VariantView;
import org.taawun.catalog.search.ProductSearch;
import org.taawun.catalog.search.SearchQuery;
import org.taawun.catalog.search.SearchResult;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeView;
import org.taawun.identity.AccessGuard;
import org.taawun.identity.ActsFor;
import org.taawun.inventory.Inventory;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.JsonBodies;
import org.taawun.shared.web.PageAnswer;
import org.taawun.shared.web.ProblemException;
import tools.jackson.databind.JsonNode;

/** Products in the API: public search and reads; managers create and change their own cooperative's products. */
@RestController
@RequestMapping("/api/v1/products")
class ProductApiController {

    /** A product to create: which cooperative, its details, and whether to publish it at once. */
    record NewProduct(
            @NotNull UUID cooperativeId, @Valid @NotNull ProductDetails details, boolean publish) {}

    private final ProductService service;
    private final ProductQueries products;
    private final ProductSearch search;
    private final Inventory inventory;
    private final AccessGuard guard;
    private final CooperativeDirectory cooperatives;
    private final JsonBodies bodies;

    ProductApiController(
            ProductService service,
            ProductQueries products,
            ProductSearch search,
            Inventory inventory,
            AccessGuard guard,
            CooperativeDirectory cooperatives,
            JsonBodies bodies) {
        this.service = service;
        this.products = products;
        this.search = search;
        this.inventory = inventory;
        this.guard = guard;
        this.cooperatives = cooperatives;
        this.bodies = bodies;
    }

    @GetMapping
    PageAnswer<ProductJson> list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) UUID cooperative,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) java.math.BigDecimal minPrice,
            @RequestParam(required = false) java.math.BigDecimal maxPrice,
            @RequestParam(defaultValue = "RELEVANCE") SearchQuery.Sort sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        PageAnswer.requireValid(page, size);
        SearchResult result = search.page(new SearchQuery(
                q, category, cooperative, country, region, minPrice, maxPrice, label, sort, page, size));
        Map<UUID, ProductView> found = products.byIds(result.productIds()).stream()
                .collect(java.util.stream.Collectors.toMap(ProductView::id, p -> p));
        List<ProductJson> items = result.productIds().stream()
                .filter(found::containsKey)
                .map(id -> ProductJson.of(found.get(id), locale.getLanguage(), Map.of()))
                .toList();
        return new PageAnswer<>(items, page, size, result.total());
    }

    @GetMapping("/{id}")
    ProductJson one(@PathVariable UUID id, Locale locale) {
        ProductView product = products.visible(id)
                .orElseThrow(() -> ProblemException.notFound("product-not-found", "catalog.error.not-found"));
        return json(product, locale);
    }

    /**
     * Creates a product. Who may act for the cooperative the body names is checked before anything else of the body
     * is read; prices may be numbers or money in the cooperative's currency (see {@link PriceFields}).
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = NewProduct.class)))
    ProductJson create(@RequestBody byte[] body, Locale locale) throws BindException {
        JsonNode tree = bodies.tree(body);
        UUID cooperativeId = cooperativeId(tree);
        guard.requireMayActFor(cooperativeId);
        PriceFields.toAmounts(tree.path("details").get("variants"), "details.variants", currencyOf(cooperativeId));
        NewProduct product = bodies.valid(tree, NewProduct.class);
        ProductView created = service.create(product.cooperativeId(), product.details(), false);
        if (product.publish()) {
            service.publish(created.id());
        }
        return json(service.forManager(created.id()), locale);
    }

    /**
     * Changes a product: a product as {@code GET} reads it may be sent back (money prices in the cooperative's
     * currency, unknown fields ignored), and the plain numbers of earlier clients are still taken.
     */
    @ActsFor(value = "id", owner = ProductOwnership.class)
    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = ProductDetails.class)))
    ProductJson update(@PathVariable UUID id, @RequestBody byte[] body, Locale locale) throws BindException {
        ProductView product = service.forManager(id);
        JsonNode tree = bodies.tree(body);
        PriceFields.toAmounts(tree.get("variants"), "variants", product.currency());
        return json(service.update(id, bodies.valid(tree, ProductDetails.class)), locale);
    }

    private UUID cooperativeId(JsonNode body) {
        try {
            return UUID.fromString(body.path("cooperativeId").asString(""));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("cooperativeId", "shared.validation.required");
        }
    }

    private String currencyOf(UUID cooperativeId) {
        return cooperatives
                .find(cooperativeId)
                .map(CooperativeView::currency)
                .orElseThrow(() -> ProblemException.notFound("cooperative-not-found", "cooperative.error.not-found"));
    }

    /** The product, with each variant's stock at the cooperative when the reader may act for it. */
    private ProductJson json(ProductView product, Locale locale) {
        List<UUID> variants = product.variants().stream().map(VariantView::id).toList();
        return ProductJson.of(
                product,
                locale.getLanguage(),
                inventory.available(variants, product.cooperativeId()),
                guard.mayActFor(product.cooperativeId())
                        ? inventory.onHand(variants, product.cooperativeId())
                        : Map.of());
    }
}
