package org.taawun.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.Role;
import org.taawun.shared.demo.DemoIds;

/**
 * A database made by an earlier version already holds demo data but not the demo shop's accounts (they came later):
 * the next start adds them, listed at the demo shop, and leaves every account that exists as it is.
 */
@TaawunTest
class DemoAccountsOnEarlierDatabaseTest {

    private static final List<String> SHOP_ACCOUNTS = List.of("shop-manager@taawun.test", "cashier@taawun.test");

    @Autowired
    IdentityDemoData identityDemoData;

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ShopStaff shopStaff;

    @Test
    void theDemoShopsAccountsAreAddedWhenMissingAndTheOthersAreLeftAlone() throws Exception {
        // as an earlier version left it: the other demo accounts, not the shop's; the admin renamed by herself
        jdbc.sql("delete from identity.accounts where email in (:emails)")
                .param("emails", SHOP_ACCOUNTS)
                .update();
        UUID admin = fixtures.user("admin@taawun.test").id();
        jdbc.sql("update identity.accounts set display_name = 'Amina (renamed)' where id = ?")
                .param(admin)
                .update();
        long before = jdbc.sql("select count(*) from identity.accounts")
                .query(Long.class)
                .single();

        identityDemoData.run(null);
        identityDemoData.run(null); // a second start adds nothing more

        assertThat(jdbc.sql("select count(*) from identity.accounts")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 2);
        var shopManager = fixtures.user("shop-manager@taawun.test");
        var cashier = fixtures.user("cashier@taawun.test");
        assertThat(shopManager.has(Role.SHOP_MANAGER)).isTrue();
        assertThat(cashier.has(Role.CASHIER)).isTrue();
        assertThat(shopStaff.isListed(shopManager.id(), DemoIds.SHOP_KHOURIBGA, Role.SHOP_MANAGER))
                .isTrue();
        assertThat(shopStaff.isListed(cashier.id(), DemoIds.SHOP_KHOURIBGA, Role.CASHIER))
                .isTrue();
        assertThat(fixtures.user("admin@taawun.test").id()).isEqualTo(admin);
        assertThat(fixtures.user("admin@taawun.test").displayName()).isEqualTo("Amina (renamed)");
        jdbc.sql("update identity.accounts set display_name = 'Amina Admin' where id = ?")
                .param(admin)
                .update();
    }

    @Test
    void theDemoShopsRatesAreAddedWhenMissingAndNotTwice() throws Exception {
        // as the version before shop settings left it: the demo shop without its commission rates
        jdbc.sql("delete from shop.commission_rates where shop_id = ? and cooperative_id is null"
                        + " and category = 'CARPETS'")
                .param(DemoIds.SHOP_KHOURIBGA)
                .update();
        ApplicationRunner shopDemoData = runners.stream()
                .filter(r -> r.getClass().getName().startsWith("org.taawun.shop.ShopDemoData"))
                .findFirst()
                .orElseThrow();
        shopDemoData.run(null);
        shopDemoData.run(null);
        assertThat(jdbc.sql("select count(*) from shop.commission_rates where shop_id = ? and cooperative_id is null"
                                + " and category = 'CARPETS'")
                        .param(DemoIds.SHOP_KHOURIBGA)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from shop.shops where id = ?")
                        .param(DemoIds.SHOP_KHOURIBGA)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
