package org.taawun.ordering;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.taawun.Fixtures;
import org.taawun.catalog.Category;
import org.taawun.catalog.VariantLabel;
import org.taawun.catalog.domain.ProductDetails;
import org.taawun.catalog.domain.ProductService;
import org.taawun.catalog.domain.ProductView;

/** Products made through the catalogue's own service, as a manager would. */
@Component
public class OrderFixtures {

    private final Fixtures fixtures;
    private final ProductService products;

    OrderFixtures(Fixtures fixtures, ProductService products) {
        this.fixtures = fixtures;
        this.products = products;
    }

    /** A published product of a demo cooperative with one variant; returns the variant's id. */
    public UUID product(String manager, UUID cooperativeId, String name, String price, int stock) {
        return product(manager, cooperativeId, null, name, price, stock);
    }

    /** As {@link #product(String, UUID, String, String, int)}, named in Arabic and in French (either may be null). */
    public UUID product(String manager, UUID cooperativeId, String nameAr, String nameFr, String price, int stock) {
        return product(manager, cooperativeId, nameAr, nameFr, (String) null, price, stock);
    }

    /** As above, its one variant labelled (a size such as "250 g", kept in the language of its script). */
    public UUID product(
            String manager, UUID cooperativeId, String nameAr, String nameFr, String label, String price, int stock) {
        return product(manager, cooperativeId, nameAr, nameFr, VariantLabel.written(label), price, stock);
    }

    /** As above, its one variant labelled in each language. */
    public UUID product(
            String manager,
            UUID cooperativeId,
            String nameAr,
            String nameFr,
            VariantLabel label,
            String price,
            int stock) {
        return fixtures.asUser(manager, () -> {
            ProductView product = products.create(
                    cooperativeId,
                    new ProductDetails(
                            nameAr,
                            nameFr,
                            null,
                            null,
                            null,
                            null,
                            Category.POTTERY,
                            null,
                            List.of(ProductDetails.VariantDetails.of(label, null, new BigDecimal(price), stock))),
                    true);
            return product.variants().get(0).id();
        });
    }
}
