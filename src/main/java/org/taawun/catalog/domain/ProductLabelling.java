package org.taawun.catalog.domain;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.taawun.catalog.ProductChanged;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeProfileChanged;

/** When a cooperative's certifications change, its products' labels follow. */
@Component
class ProductLabelling {

    private final ProductRepository products;
    private final CooperativeDirectory cooperatives;
    private final ApplicationEventPublisher events;

    ProductLabelling(ProductRepository products, CooperativeDirectory cooperatives, ApplicationEventPublisher events) {
        this.products = products;
        this.cooperatives = cooperatives;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(CooperativeProfileChanged event) {
        cooperatives.find(event.cooperativeId()).ifPresent(coop -> {
            for (Product product : products.findByCooperativeIdOrderByCreatedAtDesc(coop.id())) {
                product.relabel(Labels.of(coop, product.category(), LocalDate.now()));
                product.relocate(coop.country().name(), coop.regionCode());
                events.publishEvent(new ProductChanged(product.id(), coop.id()));
            }
        });
    }
}
