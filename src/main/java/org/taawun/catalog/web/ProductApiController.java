package org.taawun.catalog.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.catalog.domain.Product;
import org.taawun.catalog.domain.ProductDetails;
import org.taawun.catalog.domain.ProductRepository;
import org.taawun.catalog.domain.ProductService;
import org.taawun.catalog.domain.Variant;
import org.taawun.catalog.search.ProductSearch;
import org.taawun.catalog.search.SearchQuery;
import org.taawun.catalog.search.SearchResult;
import org.taawun.identity.AccessGuard;
import org.taawun.inventory.Inventory;
import org.taawun.shared.web.PageAnswer;
import org.taawun.shared.web.ProblemException;

/** Products in the API: public search and reads; managers create and change their own cooperative's products. */
@RestController
@RequestMapping("/api/v1/products")
class ProductApiController {

    /** A product to create: which cooperative, its details, and whether to publish it at once. */
    record NewProduct(
            @NotNull UUID cooperativeId, @Valid @NotNull ProductDetails details, boolean publish) {}

    private final ProductService service;
    private final ProductRepository products;
    private final ProductSearch search;
    private final Inventory inventory;
    private final AccessGuard guard;

    ProductApiController(
            ProductService service,
            ProductRepository products,
            ProductSearch search,
            Inventory inventory,
            AccessGuard guard) {
        this.service = service;
        this.products = products;
        this.search = search;
        this.inventory = inventory;
        this.guard = guard;
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
        Map<UUID, Product> found = products.findByIdIn(result.productIds()).stream()
                .collect(java.util.stream.Collectors.toMap(Product::id, p -> p));
        List<ProductJson> items = result.productIds().stream()
                .filter(found::containsKey)
                .map(id -> ProductJson.of(found.get(id), locale.getLanguage(), Map.of()))
                .toList();
        return new PageAnswer<>(items, page, size, result.total());
    }

    @GetMapping("/{id}")
    ProductJson one(@PathVariable UUID id, Locale locale) {
        Product product = products.findById(id)
                .filter(p -> p.isPublished() || guard.mayActFor(p.cooperativeId()))
                .orElseThrow(() -> ProblemException.notFound("product-not-found", "catalog.error.not-found"));
        return json(product, locale);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProductJson create(@Valid @RequestBody NewProduct body, Locale locale) {
        Product product = service.create(body.cooperativeId(), body.details(), false);
        if (body.publish()) {
            service.publish(product.id());
        }
        return json(service.forManager(product.id()), locale);
    }

    @PutMapping("/{id}")
    ProductJson update(@PathVariable UUID id, @Valid @RequestBody ProductDetails details, Locale locale) {
        return json(service.update(id, details), locale);
    }

    private ProductJson json(Product product, Locale locale) {
        return ProductJson.of(
                product,
                locale.getLanguage(),
                inventory.available(product.variants().stream().map(Variant::id).toList(), product.cooperativeId()));
    }
}
