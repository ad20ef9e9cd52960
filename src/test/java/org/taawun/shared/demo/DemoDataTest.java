package org.taawun.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.TaawunTest;

/** The demo data of the contract is there, and starting again does not load it twice. */
@TaawunTest
class DemoDataTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<ApplicationRunner> runners;

    @Test
    void theContractsDemoAccountsExistWithTheirRoles() {
        Map<String, String> roles = Map.of(
                "admin@taawun.test", "ADMIN",
                "manager1@taawun.test", "COOP_MANAGER",
                "manager2@taawun.test", "COOP_MANAGER",
                "manager-tn@taawun.test", "COOP_MANAGER",
                "cashier@taawun.test", "CASHIER",
                "officer@taawun.test", "PROGRAMME_OFFICER",
                "trainer@taawun.test", "TRAINER",
                "counsellor@taawun.test", "COUNSELLOR",
                "customer@taawun.test", "CUSTOMER");
        roles.forEach((email, role) -> assertThat(jdbc.sql("select r.role from identity.accounts a join"
                                + " identity.account_roles r on r.account_id = a.id where a.email = ?")
                        .param(email)
                        .query(String.class)
                        .list())
                .as(email)
                .containsExactly(role));
        assertThat(countryOf("manager1@taawun.test")).isEqualTo("MA");
        assertThat(countryOf("manager-tn@taawun.test")).isEqualTo("TN");
    }

    @Test
    void everyDemoProductHasStockOnlineAndInTheDemoShop() {
        List<String> kinds = jdbc.sql("select distinct s.location_kind from catalog.variants v join"
                        + " inventory.stock_levels s on s.variant_id = v.id join catalog.products p on p.id = v.product_id"
                        + " where p.cooperative_id in (?, ?, ?)")
                .params(DemoIds.COOP_ARGAN, DemoIds.COOP_KHOURIBGA, DemoIds.COOP_TUNISIA)
                .query(String.class)
                .list();
        assertThat(kinds).containsExactlyInAnyOrder("COOPERATIVE", "SHOP");
        long withoutShopStock = jdbc.sql("select count(*) from inventory.movements m where m.reason = 'DEMO'"
                        + " and m.location_id = ? and not exists (select 1 from inventory.stock_levels s"
                        + " where s.variant_id = m.variant_id and s.location_id = ?)")
                .params(DemoIds.COOP_ARGAN, DemoIds.SHOP_KHOURIBGA)
                .query(Long.class)
                .single();
        assertThat(withoutShopStock).isZero();
    }

    @Test
    void runningTheLoadersAgainChangesNothing() throws Exception {
        long accounts = count("identity.accounts");
        long cooperatives = count("cooperative.cooperatives");
        long certifications = count("cooperative.certifications");
        long consignments = count("shop.consignments");
        ApplicationArguments none = new DefaultApplicationArguments();
        for (ApplicationRunner runner : runners) {
            runner.run(none);
        }
        assertThat(count("identity.accounts")).isEqualTo(accounts);
        assertThat(count("cooperative.cooperatives")).isEqualTo(cooperatives);
        assertThat(count("cooperative.certifications")).isEqualTo(certifications);
        assertThat(count("shop.consignments"))
                .as("the demo shop's deposit is made once")
                .isEqualTo(consignments);
    }

    private String countryOf(String manager) {
        return jdbc.sql(
                        "select c.country from cooperative.cooperatives c join identity.account_cooperatives ac on"
                                + " ac.cooperative_id = c.id join identity.accounts a on a.id = ac.account_id where a.email = ?")
                .param(manager)
                .query(String.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
