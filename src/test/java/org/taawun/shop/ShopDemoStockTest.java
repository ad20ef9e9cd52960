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
 * The demo shop's shelf is stocked by a real deposit (its note, shelf codes and agreed prices exist): every Moroccan
 * demo item has units both online and in UNFM Market Khouribga, and the Tunisian group's items stay online only.
 */
@TaawunTest
class ShopDemoStockTest {

    private static final List<String> MOROCCAN = List.of(
            "Huile d'argan alimentaire",
            "Amlou aux amandes et au miel",
            "Huile d'olive vierge extra",
            "Jus de grenade");

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachMoroccanDemoItemIsOnlineAndOnTheDemoShopsShelfByADeposit() {
        assertThat(jdbc.sql("select count(*) from shop.consignments where shop_id = ? and kind = 'DEPOSIT'"
                                + " and recorded_by is null")
                        .param(DemoIds.SHOP_KHOURIBGA)
                        .query(Long.class)
                        .single())
                .isBetween(1L, 2L);
        List<UUID> variants = jdbc.sql("select v.id from catalog.variants v join catalog.products p on p.id ="
                        + " v.product_id where p.name_fr in (:names) and p.cooperative_id in (:coops)")
                .param("names", MOROCCAN)
                .param("coops", List.of(DemoIds.COOP_ARGAN, DemoIds.COOP_KHOURIBGA))
                .query(UUID.class)
                .list();
        assertThat(variants).hasSizeGreaterThanOrEqualTo(6);
        for (UUID variant : variants) {
            assertThat(onHand(variant, "COOPERATIVE")).as("online").isPositive();
            assertThat(onHand(variant, "SHOP")).as("in the shop").isPositive();
            assertThat(jdbc.sql("select code from shop.shelf_items where shop_id = ? and variant_id = ?")
                            .params(DemoIds.SHOP_KHOURIBGA, variant)
                            .query(String.class)
                            .single())
                    .matches("2\\d{11}");
        }
        assertThat(jdbc.sql("select count(*) from inventory.stock_levels s join catalog.variants v on v.id ="
                                + " s.variant_id join catalog.products p on p.id = v.product_id"
                                + " where p.cooperative_id = ? and s.location_id = ?")
                        .params(DemoIds.COOP_TUNISIA, DemoIds.SHOP_KHOURIBGA)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private int onHand(UUID variant, String kind) {
        return jdbc.sql("select coalesce(sum(on_hand), 0) from inventory.stock_levels where variant_id = ?"
                        + " and location_kind = ?")
                .params(variant, kind)
                .query(Integer.class)
                .single();
    }
}
