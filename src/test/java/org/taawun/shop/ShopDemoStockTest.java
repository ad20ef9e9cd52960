package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.TaawunTest;
import org.taawun.shared.demo.DemoIds;

/**
 * The demo shop's shelf is stocked by a real deposit (its note, shelf codes and agreed prices exist): every demo item
 * has units both online and in UNFM Market Khouribga, as the contract says; the Tunisian group's at a price in the
 * shop's currency (MAD).
 */
@TaawunTest
class ShopDemoStockTest {

    private static final List<UUID> DEMO_COOPERATIVES =
            List.of(DemoIds.COOP_ARGAN, DemoIds.COOP_KHOURIBGA, DemoIds.COOP_TUNISIA);

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachDemoItemIsOnlineAndOnTheDemoShopsShelfByADeposit() {
        assertThat(jdbc.sql("select count(*) from shop.consignments where shop_id = ? and kind = 'DEPOSIT'"
                                + " and recorded_by is null")
                        .param(DemoIds.SHOP_KHOURIBGA)
                        .query(Long.class)
                        .single())
                .isEqualTo(3L);
        List<UUID> variants = jdbc.sql("select v.id from catalog.variants v join catalog.products p on p.id ="
                        + " v.product_id where p.status = 'PUBLISHED' and p.cooperative_id in (:coops)"
                        // the demo data's products, not those tests add to these cooperatives later
                        + " and p.created_at < (select min(recorded_at) from shop.consignments where shop_id = :shop"
                        + " and recorded_by is null)")
                .param("coops", DEMO_COOPERATIVES)
                .param("shop", DemoIds.SHOP_KHOURIBGA)
                .query(UUID.class)
                .list();
        assertThat(variants).hasSizeGreaterThanOrEqualTo(8);
        for (UUID variant : variants) {
            assertThat(onHand(variant, "COOPERATIVE")).as("online").isPositive();
            assertThat(onHand(variant, "SHOP")).as("in the shop").isPositive();
            assertThat(jdbc.sql("select code || ' ' || currency from shop.shelf_items where shop_id = ?"
                                    + " and variant_id = ?")
                            .params(DemoIds.SHOP_KHOURIBGA, variant)
                            .query(String.class)
                            .single())
                    .matches("2\\d{11} MAD");
        }
    }

    private int onHand(UUID variant, String kind) {
        return jdbc.sql("select coalesce(sum(on_hand), 0) from inventory.stock_levels where variant_id = ?"
                        + " and location_kind = ?")
                .params(variant, kind)
                .query(Integer.class)
                .single();
    }
}
