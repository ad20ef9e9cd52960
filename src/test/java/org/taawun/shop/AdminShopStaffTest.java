package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.AccessGuard;
import org.taawun.identity.Role;
import org.taawun.identity.TaawunUser;

/**
 * An administrator appoints a person as a shop's manager or cashier from the person's page, and ends the post; no one
 * else may. The appointed shop manager can open her shop's settings at once, and not after the post ends.
 */
@TaawunTest
class AdminShopStaffTest {

    private static final String ADMIN = "admin@taawun.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccessGuard guard;

    @Test
    void anAppointedShopManagerOpensHerShopsSettingsUntilThePostEnds() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser person = fixtures.staff();
        settings(person.getUsername(), shop).andExpect(status().isForbidden());

        appoint(fixtures.user(ADMIN), person.id(), shop, "SHOP_MANAGER")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", true));
        assertThat(fixtures.user(person.getUsername()).has(Role.SHOP_MANAGER)).isTrue();
        settings(person.getUsername(), shop).andExpect(status().isOk());
        String page = mvc.perform(get("/admin/users/{id}/shops", person.id())
                        .param("lang", "fr")
                        .with(user(fixtures.user(ADMIN))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Shop test").contains("Gérante de boutique");

        mvc.perform(post("/admin/users/{id}/shops/{shop}/SHOP_MANAGER/revoke", person.id(), shop)
                        .with(csrf())
                        .with(user(fixtures.user(ADMIN))))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.user(person.getUsername()).has(Role.SHOP_MANAGER))
                .as("she holds the role at no other shop")
                .isFalse();
        settings(person.getUsername(), shop).andExpect(status().isForbidden());
    }

    @Test
    void anAppointedCashierMaySellThereAndNowhereElse() throws Exception {
        UUID shop = fixtures.shop();
        UUID other = fixtures.shop();
        TaawunUser person = fixtures.staff();
        appoint(fixtures.user(ADMIN), person.id(), shop, "CASHIER").andExpect(status().is3xxRedirection());
        TaawunUser cashier = fixtures.user(person.getUsername());
        assertThat(cashier.has(Role.CASHIER)).isTrue();
        assertThat(Fixtures.as(cashier, () -> guard.maySellAt(shop))).isTrue();
        assertThat(Fixtures.as(cashier, () -> guard.maySellAt(other))).isFalse();
        assertThat(Fixtures.as(cashier, () -> guard.mayManageShop(shop))).isFalse();
    }

    @Test
    void onlyAnAdministratorMayAppointAndNothingChangesForAnyoneElse() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser person = fixtures.staff();
        TaawunUser shopManager = fixtures.shopManager(shop);
        for (TaawunUser caller : new TaawunUser[] {shopManager, fixtures.staff(Role.COOP_MANAGER), person}) {
            appoint(caller, person.id(), shop, "SHOP_MANAGER").andExpect(status().isForbidden());
            mvc.perform(get("/admin/users/{id}/shops", person.id()).with(user(caller)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/{id}/shops/{shop}/SHOP_MANAGER/revoke", shopManager.id(), shop)
                            .with(csrf())
                            .with(user(caller)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/users/{id}/shops", person.id())
                        .with(csrf())
                        .param("shopId", shop.toString())
                        .param("role", "SHOP_MANAGER"))
                .andExpect(status().is3xxRedirection()); // to the sign-in page
        assertThat(fixtures.user(person.getUsername()).roles()).isEmpty();
        assertThat(fixtures.user(shopManager.getUsername()).has(Role.SHOP_MANAGER))
                .isTrue();
        settings(shopManager.getUsername(), shop).andExpect(status().isOk());
    }

    @Test
    void onlyShopRolesAtAnOpenShopAreAppointed() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser person = fixtures.staff();
        appoint(fixtures.user(ADMIN), person.id(), shop, "ADMIN")
                .andExpect(flash().attribute("problem", "shop.admin-staff.error.role"));
        appoint(fixtures.user(ADMIN), person.id(), UUID.randomUUID(), "SHOP_MANAGER")
                .andExpect(flash().attribute("problem", "shop.admin-staff.error.shop"));
        assertThat(fixtures.user(person.getUsername()).roles()).isEmpty();
    }

    private ResultActions appoint(TaawunUser caller, UUID accountId, UUID shop, String role) throws Exception {
        return mvc.perform(post("/admin/users/{id}/shops", accountId)
                .with(csrf())
                .with(user(caller))
                .param("shopId", shop.toString())
                .param("role", role));
    }

    private ResultActions settings(String email, UUID shop) throws Exception {
        return mvc.perform(get("/shop/{id}/settings", shop).with(user(fixtures.user(email))));
    }
}
