package org.taawun.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.inventory.NotEnoughStockException;
import org.taawun.ordering.domain.OrderPlacement;
import org.taawun.ordering.domain.OrderView;
import org.taawun.ordering.domain.PartWorkflow;
import org.taawun.ordering.domain.PickupShops;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shop.ShopView;

/**
 * One stock for the web and the shops: an order for pickup at a shop holds that shop's units, which the till's rule
 * (take only {@code on_hand - reserved}) can then never sell; what the till sells leaves nothing to order at once; a
 * part's cancellation, collection or non-collection moves units on that shelf only; buyers racing for a shop's last
 * units never get more than there are.
 */
@TaawunTest
class ShopPickupTest {

    @Autowired
    OrderFixtures products;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrderPlacement placement;

    @Autowired
    PartWorkflow workflow;

    @Autowired
    PickupShops pickupShops;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    UUID shop;
    UUID item;

    @BeforeEach
    void anItemWithTenUnitsOnlineAndThreeOnAShopsShelf() {
        shop = fixtures.shop();
        item = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Tajine " + UUID.randomUUID(), "60.00", 13);
        products.atShop(item, DemoIds.COOP_ARGAN, shop, 3);
    }

    @Test
    void aPickupOrderHoldsTheShopsUnitsWhichTheTillCanNoLongerSell() {
        OrderView order = placement.place(OrderFixtures.pickup(item, 2, shop), null, null);

        assertThat(level(shop)).isEqualTo(new int[] {3, 2});
        assertThat(level(DemoIds.COOP_ARGAN)).isEqualTo(new int[] {10, 0});
        assertThat(jdbc.sql("select stock_location_id from ordering.order_parts where id = ?")
                        .param(order.parts().get(0).id())
                        .query(UUID.class)
                        .single())
                .isEqualTo(shop);
        // the till's conditional take: two units are not free (held online), the one left is
        assertThat(tillTakes(2)).isZero();
        assertThat(tillTakes(1)).isOne();
        assertThat(level(shop)).isEqualTo(new int[] {2, 2});

        // the till sold the last free unit: it cannot be ordered for pickup at once, nor is the shop offered
        assertThatThrownBy(() -> placement.place(OrderFixtures.pickup(item, 1, shop), null, null))
                .isInstanceOf(NotEnoughStockException.class);
        assertThat(pickupShops.holding(Map.of(item, 1), "MA"))
                .extracting(ShopView::id)
                .doesNotContain(shop);
        assertThat(level(shop)).isEqualTo(new int[] {2, 2});

        // home delivery still holds the cooperative's own store
        placement.place(OrderFixtures.home(item, 1), null, null);
        assertThat(level(DemoIds.COOP_ARGAN)).isEqualTo(new int[] {10, 1});
    }

    @Test
    void cancellationReleasesOnTheShelfAndCollectionTakesUnitsFromIt() {
        OrderView cancelled = placement.place(OrderFixtures.pickup(item, 1, shop), null, null);
        OrderView collected = placement.place(OrderFixtures.pickup(item, 1, shop), null, null);
        OrderView forgotten = placement.place(OrderFixtures.pickup(item, 1, shop), null, null);
        assertThat(level(shop)).isEqualTo(new int[] {3, 3});

        workflow.cancelByCustomer(
                cancelled.trackingToken(), cancelled.parts().get(0).id());
        assertThat(level(shop)).isEqualTo(new int[] {3, 2});

        UUID part = collected.parts().get(0).id();
        move(part, PartStatus.ACCEPTED);
        move(part, PartStatus.SHIPPED);
        assertThat(level(shop)).as("ready for pickup: still on the shelf, held").isEqualTo(new int[] {3, 2});
        move(part, PartStatus.DELIVERED);
        assertThat(level(shop)).as("collected").isEqualTo(new int[] {2, 1});

        UUID never = forgotten.parts().get(0).id();
        move(never, PartStatus.ACCEPTED);
        move(never, PartStatus.SHIPPED);
        move(never, PartStatus.RETURNED);
        assertThat(level(shop)).as("never collected: the unit is free again").isEqualTo(new int[] {2, 0});

        assertThat(level(DemoIds.COOP_ARGAN))
                .as("the cooperative's store never moved")
                .isEqualTo(new int[] {10, 0});
    }

    @Test
    void buyersRacingForAShopsLastUnitsNeverGetMoreThanThereAre() throws Exception {
        int buyers = 30;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    placement.place(OrderFixtures.pickup(item, 1, shop), null, null);
                    return "placed";
                } catch (NotEnoughStockException e) {
                    return "refused";
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes.stream().filter("placed"::equals)).hasSize(3);
        assertThat(outcomes.stream().filter("refused"::equals)).hasSize(buyers - 3);
        assertThat(level(shop)).isEqualTo(new int[] {3, 3});
        assertThat(level(DemoIds.COOP_ARGAN)).isEqualTo(new int[] {10, 0});
        assertThat(tillTakes(1)).isZero();
    }

    @Test
    void checkoutOffersOnlyTheShopsHoldingTheUnits() throws Exception {
        UUID empty = fixtures.shop();
        Cookie cart = mvc.perform(post("/cart/lines")
                        .with(csrf())
                        .param("productId", item.toString())
                        .param("quantity", "2"))
                .andReturn()
                .getResponse()
                .getCookie("cart");
        String page = mvc.perform(get("/checkout").cookie(cart).param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("value=\"" + shop + "\"").doesNotContain("value=\"" + empty + "\"");

        placement.place(OrderFixtures.pickup(item, 2, shop), null, null);
        String after = mvc.perform(get("/checkout").cookie(cart).param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after).doesNotContain("value=\"" + shop + "\"");
    }

    @Test
    void aShopThatSoldTheUnitsMeanwhileIsFlaggedNextToItsFieldAndNothingIsOrdered() throws Exception {
        Cookie cart = mvc.perform(post("/cart/lines")
                        .with(csrf())
                        .param("productId", item.toString())
                        .param("quantity", "3"))
                .andReturn()
                .getResponse()
                .getCookie("cart");
        String page = mvc.perform(get("/checkout").cookie(cart).param("lang", "fr"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(token.find()).isTrue();
        assertThat(tillTakes(1)).isOne(); // the till sells one of the three while she fills the form in

        String shown = mvc.perform(post("/checkout")
                        .with(csrf())
                        .cookie(cart)
                        .param("lang", "fr")
                        .param("token", token.group(1))
                        .param("currency", "MAD")
                        .param("name", "Salma")
                        .param("phone", "0661234599")
                        .param("method", "PICKUP")
                        .param("shopId", shop.toString())
                        .param("city", "Khouribga"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // no shop holds three any more, so the shop field is gone: the page says it at its top
        assertThat(shown).contains("Cette boutique n’a plus tous ces articles").doesNotContain("name=\"shopId\"");
        assertThat(level(shop)).isEqualTo(new int[] {2, 0});
    }

    private void move(UUID part, PartStatus target) {
        fixtures.asUser("manager1@taawun.test", () -> workflow.move(part, target, null));
    }

    /** The till's rule, as its sale recording applies it: takes units only while they are there and not held. */
    private int tillTakes(int quantity) {
        return jdbc.sql("update inventory.stock_levels set on_hand = on_hand - ? where variant_id = ?"
                        + " and location_id = ? and on_hand - reserved >= ?")
                .params(quantity, item, shop, quantity)
                .update();
    }

    /** On hand and reserved of the item at a location. */
    private int[] level(UUID location) {
        return jdbc.sql("select on_hand, reserved from inventory.stock_levels where variant_id = ? and location_id = ?")
                .params(item, location)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
    }
}
