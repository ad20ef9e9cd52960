package org.taawun.ordering;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.taawun.Fixtures;
import org.taawun.catalog.Category;
import org.taawun.catalog.VariantLabel;
import org.taawun.catalog.domain.ProductDetails;
import org.taawun.catalog.domain.ProductService;
import org.taawun.catalog.domain.ProductView;
import org.taawun.ordering.domain.PlaceOrder;
import org.taawun.shared.money.Money;
import org.taawun.shop.domain.ConsignmentKind;
import org.taawun.shop.domain.ConsignmentRecorder;
import org.taawun.shop.domain.RecordConsignment;

/** Products made through the catalogue's own service, as a manager would. */
@Component
public class OrderFixtures {

    private static final AtomicInteger PHONES = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private final Fixtures fixtures;
    private final ProductService products;
    private final ConsignmentRecorder consignments;

    OrderFixtures(Fixtures fixtures, ProductService products, ConsignmentRecorder consignments) {
        this.fixtures = fixtures;
        this.products = products;
        this.consignments = consignments;
    }

    /** Puts units of the cooperative's item on a shop's shelf by a deposit (recorded by the administrator), at 20 MAD. */
    public void atShop(UUID variant, UUID cooperativeId, UUID shopId, int quantity) {
        fixtures.asUser(
                "admin@taawun.test",
                () -> consignments.record(
                        shopId,
                        ConsignmentKind.DEPOSIT,
                        new RecordConsignment(
                                cooperativeId,
                                List.of(new RecordConsignment.Line(variant, quantity, Money.of("20.00", "MAD"))))));
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

    /** An order of the item for pickup at the shop, by a customer with a phone number of her own. */
    public static PlaceOrder pickup(UUID item, int quantity, UUID shop) {
        return new PlaceOrder(
                List.of(new PlaceOrder.Line(item, quantity)),
                new PlaceOrder.Delivery(DeliveryMethod.PICKUP, shop),
                Payment.PAY_AT_PICKUP,
                new PlaceOrder.CustomerDetails("Buyer", phone(), null, "Khouribga", null));
    }

    /** An order of the item for home delivery, by a customer with a phone number of her own. */
    public static PlaceOrder home(UUID item, int quantity) {
        return new PlaceOrder(
                List.of(new PlaceOrder.Line(item, quantity)),
                new PlaceOrder.Delivery(DeliveryMethod.HOME, null),
                Payment.CASH_ON_DELIVERY,
                new PlaceOrder.CustomerDetails("Buyer", phone(), "Rue 1", "Khouribga", "MA-05"));
    }

    private static String phone() {
        return "06" + String.format("%08d", PHONES.incrementAndGet() % 100_000_000);
    }
}
