package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.catalog.Category;
import org.taawun.identity.AccessGuard;
import org.taawun.identity.TaawunUser;
import org.taawun.identity.domain.AccountService;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shop.domain.RateChange;
import org.taawun.shop.domain.ShopSettingsService;

/** A shop manager's settings: details, cashiers by invitation, commission rates in force over time. */
@TaawunTest
class ShopSettingsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ShopSettingsService settings;

    @Autowired
    CommissionRates rates;

    @Autowired
    AccessGuard guard;

    @Autowired
    AccountService accountService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRateInForceIsTheMostSpecificOneAtThatInstant() {
        UUID shop = fixtures.shop();
        TaawunUser manager = fixtures.shopManager(shop);
        UUID coop = DemoIds.COOP_ARGAN;
        UUID otherCoop = DemoIds.COOP_KHOURIBGA;
        Instant before = Instant.now();
        LocalDate tomorrow =
                LocalDate.now(ShopSettingsService.zone(shopView(shop))).plusDays(1);
        Fixtures.as(manager, () -> {
            settings.recordRate(shop, new RateChange(null, null, new BigDecimal("10"), null));
            settings.recordRate(shop, new RateChange(null, null, new BigDecimal("12.5"), tomorrow));
            settings.recordRate(shop, new RateChange(coop, null, new BigDecimal("5"), null));
            settings.recordRate(shop, new RateChange(null, Category.POTTERY, new BigDecimal("7"), null));
            settings.recordRate(shop, new RateChange(coop, Category.POTTERY, new BigDecimal("3"), null));
            settings.recordRate(shop, new RateChange(coop, null, null, tomorrow));
            return null;
        });
        Instant now = Instant.now();
        Instant later = tomorrow.plusDays(1)
                .atStartOfDay(ShopSettingsService.zone(shopView(shop)))
                .toInstant();

        assertThat(rates.commissionRate(shop, otherCoop, Category.ARGAN_OIL, before.minusSeconds(60)))
                .isEqualByComparingTo("0");
        assertThat(rates.commissionRate(shop, otherCoop, Category.ARGAN_OIL, now))
                .isEqualByComparingTo("10");
        assertThat(rates.commissionRate(shop, otherCoop, Category.ARGAN_OIL, later))
                .isEqualByComparingTo("12.5");
        assertThat(rates.commissionRate(shop, coop, Category.ARGAN_OIL, now)).isEqualByComparingTo("5");
        assertThat(rates.commissionRate(shop, otherCoop, Category.POTTERY, now)).isEqualByComparingTo("7");
        assertThat(rates.commissionRate(shop, coop, Category.POTTERY, now)).isEqualByComparingTo("3");
        // the cooperative's own override ended tomorrow: the general rate of that day applies to her argan oil
        assertThat(rates.commissionRate(shop, coop, Category.ARGAN_OIL, later)).isEqualByComparingTo("12.5");
        assertThat(rates.commissionRate(shop, coop, Category.POTTERY, later)).isEqualByComparingTo("3");
        // another shop's rates are its own
        assertThat(rates.commissionRate(fixtures.shop(), coop, Category.POTTERY, now))
                .isEqualByComparingTo("0");
    }

    @Test
    void badRatesAreRefusedAndRecordNothing() {
        UUID shop = fixtures.shop();
        TaawunUser manager = fixtures.shopManager(shop);
        LocalDate yesterday =
                LocalDate.now(ShopSettingsService.zone(shopView(shop))).minusDays(1);
        Fixtures.as(manager, () -> {
            assertThatThrownBy(() -> settings.recordRate(shop, new RateChange(null, null, new BigDecimal("101"), null)))
                    .isInstanceOf(InvalidFieldException.class);
            assertThatThrownBy(() -> settings.recordRate(shop, new RateChange(null, null, new BigDecimal("-1"), null)))
                    .isInstanceOf(InvalidFieldException.class);
            assertThatThrownBy(() -> settings.recordRate(shop, new RateChange(null, null, null, null)))
                    .isInstanceOf(InvalidFieldException.class);
            assertThatThrownBy(() ->
                            settings.recordRate(shop, new RateChange(null, null, new BigDecimal("10"), yesterday)))
                    .isInstanceOf(InvalidFieldException.class)
                    .hasMessageContaining("invalid-input");
            return null;
        });
        assertThat(rates.history(shop)).isEmpty();
    }

    @Test
    void aShopManagerManagesOnlyHerShop() {
        UUID shop = fixtures.shop();
        UUID otherShop = fixtures.shop();
        TaawunUser manager = fixtures.shopManager(shop);
        Fixtures.as(manager, () -> {
            assertThat(guard.mayManageShop(shop)).isTrue();
            assertThat(guard.mayManageShop(otherShop)).isFalse();
            assertThatThrownBy(() -> settings.recordRate(otherShop, new RateChange(null, null, BigDecimal.TEN, null)))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThat(rates.history(otherShop)).isEmpty();
    }

    @Test
    void theSettingsPageSavesGoodDetailsAndRefusesBadOnesChangingNothing() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser manager = fixtures.shopManager(shop);
        mvc.perform(get("/shop/{id}/settings", shop).with(user(manager)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
        mvc.perform(post("/shop/{id}/settings", shop)
                .with(user(manager))
                .with(csrf())
                .param("nameAr", "سوق")
                .param("nameFr", "Marché")
                .param("address", "Rue 2")
                .param("city", "Khouribga")
                .param("regionCode", "MA-05")
                .param("currency", "EUR")
                .param("maxLineDiscount", "10"));
        assertThat(column(shop, "name_fr")).startsWith("Shop test");
        mvc.perform(post("/shop/{id}/settings", shop)
                .with(user(manager))
                .with(csrf())
                .param("nameAr", "سوق")
                .param("nameFr", "Marché")
                .param("address", "Rue 2")
                .param("city", "Khouribga")
                .param("regionCode", "TN-11")
                .param("currency", "MAD")
                .param("maxLineDiscount", "10"));
        assertThat(column(shop, "region_code")).isEqualTo("MA-05");
        mvc.perform(post("/shop/{id}/settings", shop)
                .with(user(manager))
                .with(csrf())
                .param("nameAr", "سوق")
                .param("nameFr", "Marché")
                .param("address", "Rue 2")
                .param("city", "Khouribga")
                .param("regionCode", "MA-05")
                .param("hours", "9-19")
                .param("currency", "MAD")
                .param("maxLineDiscount", "12.5"));
        assertThat(column(shop, "name_fr")).isEqualTo("Marché");
        assertThat(column(shop, "max_line_discount::text")).isEqualTo("12.50");
    }

    @Test
    void aCashierIsListedOnlyOnceSheFollowsTheLinkSentToHerMailbox() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser manager = fixtures.shopManager(shop);
        String email = fixtures.customer(Fixtures.PASSWORD);
        mvc.perform(post("/shop/{id}/cashiers", shop)
                .with(user(manager))
                .with(csrf())
                .param("email", email)
                .param("name", "Test Cashier"));
        TaawunUser before = fixtures.user(email);
        assertThat(Fixtures.as(before, () -> guard.maySellAt(shop))).isFalse();
        assertThat(Fixtures.as(manager, () -> settings.cashiers(shop)))
                .singleElement()
                .satisfies(c -> assertThat(c.invitationPending()).isTrue());

        assertThat(accountService.acceptInvitation(fixtures.lastLinkSentTo(email)))
                .isPresent();

        TaawunUser after = fixtures.user(email);
        assertThat(Fixtures.as(after, () -> guard.maySellAt(shop))).isTrue();
        assertThat(Fixtures.as(after, () -> guard.maySellAt(fixtures.shop()))).isFalse();
        assertThat(Fixtures.as(after, () -> guard.mayManageShop(shop))).isFalse();
        Fixtures.as(manager, () -> {
            settings.removeCashier(shop, after.id());
            return null;
        });
        assertThat(Fixtures.as(fixtures.user(email), () -> guard.maySellAt(shop)))
                .isFalse();
    }

    private ShopView shopView(UUID id) {
        return jdbc.sql("select currency from shop.shops where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .map(c -> new ShopView(id, "", "", "MA", "MA-05", "", "", "", c))
                .orElseThrow();
    }

    private String column(UUID shop, String column) {
        return jdbc.sql("select " + column + " from shop.shops where id = ?")
                .param(shop)
                .query(String.class)
                .single();
    }
}
