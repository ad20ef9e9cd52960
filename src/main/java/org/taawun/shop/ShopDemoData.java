package org.taawun.shop;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.demo.DemoSettings;

/**
 * The demo shop of the contract, UNFM Market Khouribga (opened by UNFM with INDH and the OCP Foundation), and its
 * demonstration commission rates. Each is added when missing, so a database made by an earlier version (the shop
 * without its rates, say) gains what is new at the next start; what exists is left as it is.
 */
@Component
@Order(15)
class ShopDemoData implements ApplicationRunner {

    private final DemoSettings settings;
    private final JdbcClient jdbc;

    ShopDemoData(DemoSettings settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        jdbc.sql("insert into shop.shops (id, name_ar, name_fr, country, region_code, city, address, hours, currency,"
                        + " max_line_discount) values (?, ?, ?, 'MA', 'MA-05', ?, ?, ?, 'MAD', 10)"
                        + " on conflict (id) do nothing")
                .params(
                        DemoIds.SHOP_KHOURIBGA,
                        "سوق الاتحاد الوطني لنساء المغرب خريبكة",
                        "UNFM Market Khouribga",
                        "Khouribga",
                        "Avenue Hassan II, Khouribga (adresse de démonstration)",
                        "7/7, 9:00-19:00")
                .update();
        // a demonstration rate (verify with the shop): 15 % on every sale, 10 % on carpets
        jdbc.sql("insert into shop.commission_rates (shop_id, rate, effective_from, recorded_at)"
                        + " select ?, 15, now() - interval '30 days', now() where not exists (select 1 from"
                        + " shop.commission_rates where shop_id = ? and cooperative_id is null and category is null)")
                .params(DemoIds.SHOP_KHOURIBGA, DemoIds.SHOP_KHOURIBGA)
                .update();
        jdbc.sql("insert into shop.commission_rates (shop_id, category, rate, effective_from, recorded_at)"
                        + " select ?, 'CARPETS', 10, now() - interval '30 days', now() where not exists (select 1"
                        + " from shop.commission_rates where shop_id = ? and cooperative_id is null"
                        + " and category = 'CARPETS')")
                .params(DemoIds.SHOP_KHOURIBGA, DemoIds.SHOP_KHOURIBGA)
                .update();
    }
}
