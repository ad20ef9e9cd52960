package org.taawun.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.catalog.domain.ProductCards;
import org.taawun.catalog.domain.ProductService;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.money.Money;

/** Cards by id, as the search page shows them: kept for a while, never older than the product's last change. */
@TaawunTest
class ProductCardsTest {

    @Autowired
    ProductCards cards;

    @Autowired
    ProductService products;

    @Autowired
    Fixtures fixtures;

    @Test
    void aCardKeptIsForgottenWhenItsProductChanges() {
        String manager = "manager1@taawun.test";
        UUID id = fixtures.asUser(
                manager,
                () -> products.create(
                                DemoIds.COOP_ARGAN,
                                ProductPublishingTest.details(Category.HONEY, "Miel de caroube"),
                                true)
                        .id());
        UUID unknown = UUID.randomUUID();

        List<String> labels =
                fixtures.asUser(manager, () -> products.forManager(id).labels());
        assertThat(cards.byIds(List.of(id, unknown))).singleElement().satisfies(card -> {
            assertThat(card.nameFr()).isEqualTo("Miel de caroube");
            assertThat(card.cooperativeId()).isEqualTo(DemoIds.COOP_ARGAN);
            assertThat(card.price()).isEqualTo(Money.of("20.00", "MAD"));
            assertThat(card.fromPrice()).isFalse();
            assertThat(card.thumbnail()).isNull();
            assertThat(card.category()).isEqualTo("HONEY");
            assertThat(card.labels()).isNotEmpty().containsExactlyElementsOf(labels);
        });
        assertThat(cards.publishedOf(DemoIds.COOP_ARGAN))
                .first()
                .satisfies(card -> assertThat(card.id()).isEqualTo(id));

        fixtures.asUser(
                manager, () -> products.update(id, ProductPublishingTest.details(Category.HONEY, "Miel de caroubier")));

        assertThat(cards.byIds(List.of(id)))
                .singleElement()
                .satisfies(card -> assertThat(card.nameFr()).isEqualTo("Miel de caroubier"));
    }
}
