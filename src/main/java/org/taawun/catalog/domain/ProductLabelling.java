package org.taawun.catalog.domain;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.taawun.catalog.ProductChanged;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeProfileChanged;

/**
 * When a cooperative's certifications or region change, its products' labels and location follow. These are derived
 * columns, updated without touching the product's version, so that a manager editing a product at that moment never
 * loses her change.
 */
@Component
class ProductLabelling {

    private final ProductRepository products;
    private final CooperativeDirectory cooperatives;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ProductLabelling(
            ProductRepository products,
            CooperativeDirectory cooperatives,
            JdbcClient jdbc,
            ApplicationEventPublisher events) {
        this.products = products;
        this.cooperatives = cooperatives;
        this.jdbc = jdbc;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(CooperativeProfileChanged event) {
        cooperatives.find(event.cooperativeId()).ifPresent(coop -> {
            for (Product product : products.findByCooperativeIdOrderByCreatedAtDesc(coop.id())) {
                String labels = Labels.of(coop, product.category(), LocalDate.now()).stream()
                        .sorted()
                        .collect(Collectors.joining(","));
                jdbc.sql("update catalog.products set labels = ?, country = ?, region_code = ? where id = ?")
                        .params(labels, coop.country().name(), coop.regionCode(), product.id())
                        .update();
                events.publishEvent(new ProductChanged(product.id(), coop.id()));
            }
        });
    }
}
