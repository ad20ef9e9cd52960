package org.taawun.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.cooperative.domain.RegistryService;

/** Part numbers are unique per cooperative, year and sequence: slugs that start alike do not collide. */
@TaawunTest
class PartNumberTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures products;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegistryService registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoCooperativesWhoseSlugsStartAlikeTakeOrdersAtCheckoutInTheSameYear() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID argan = cooperative("Tiwizi Argan " + tag);
        UUID miel = cooperative("Tiwizi Miel " + tag);
        assertThat(slug(argan)).startsWith("tiwizi-argan-");
        assertThat(slug(miel)).startsWith("tiwizi-miel-");

        String first = checkout(products.product(manager(argan), argan, "Huile", "90.00", 5));
        String second = checkout(products.product(manager(miel), miel, "Miel", "120.00", 5));

        String year = String.valueOf(Year.now().getValue());
        assertThat(partNumbers(first)).containsExactly("TIWIZI-" + year + "-0001");
        assertThat(partNumbers(second)).containsExactly("TIWIZI-" + year + "-0001");
        assertThat(checkout(products.product(manager(miel), miel, "Miel 2", "60.00", 5)))
                .satisfies(token -> assertThat(partNumbers(token)).containsExactly("TIWIZI-" + year + "-0002"));
    }

    @Test
    void whatMakesANumberUniqueIsTheCooperativeYearAndSequenceNotItsPrefix() throws Exception {
        UUID coop = cooperative("Tiwizi Zitoun " + UUID.randomUUID().toString().substring(0, 6));
        String token = checkout(products.product(manager(coop), coop, "Zitoun", "50.00", 5));
        UUID order = jdbc.sql("select id from ordering.orders where tracking_token = ?")
                .param(token)
                .query(UUID.class)
                .single();
        // the same cooperative, year and sequence under another prefix (as after a change of slug) is refused
        assertThatThrownBy(() -> jdbc.sql("insert into ordering.order_parts (id, order_id, cooperative_id, number,"
                                + " number_year, number_seq, status, subtotal, delivery_fee, created_at, updated_at,"
                                + " stock_location_id) select ?, order_id, cooperative_id, 'AUTRE' || substr(number, 7),"
                                + " number_year, number_seq, status, subtotal, delivery_fee, created_at, updated_at,"
                                + " stock_location_id"
                                + " from ordering.order_parts where order_id = ?")
                        .params(UUID.randomUUID(), order)
                        .update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    private UUID cooperative(String nameFr) {
        return fixtures.verified(registry.apply(Fixtures.application(nameFr, fixtures.uniqueEmail()), Locale.FRENCH));
    }

    /** Orders one unit at the checkout page as a guest; answers the order's tracking token. */
    private String checkout(UUID item) throws Exception {
        Cookie cart = mvc.perform(post("/cart/lines")
                        .with(csrf())
                        .param("productId", item.toString())
                        .param("quantity", "1"))
                .andReturn()
                .getResponse()
                .getCookie("cart");
        String location = mvc.perform(post("/checkout")
                        .cookie(cart)
                        .with(csrf())
                        .param("token", UUID.randomUUID().toString())
                        .param("currency", "MAD")
                        .param("name", "Salma")
                        .param("phone", "0612345678")
                        .param("address", "5 derb Sidi Bouloukat")
                        .param("city", "Marrakech")
                        .param("method", "HOME"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/orders/track/");
        mvc.perform(get(location)).andExpect(status().isOk());
        return location.substring("/orders/track/".length(), location.indexOf('?'));
    }

    private List<String> partNumbers(String trackingToken) {
        return jdbc.sql("select p.number from ordering.order_parts p join ordering.orders o on o.id = p.order_id"
                        + " where o.tracking_token = ?")
                .param(trackingToken)
                .query(String.class)
                .list();
    }

    private String slug(UUID cooperative) {
        return jdbc.sql("select slug from cooperative.cooperatives where id = ?")
                .param(cooperative)
                .query(String.class)
                .single();
    }

    private String manager(UUID cooperative) {
        return jdbc.sql("select applicant_email from cooperative.cooperatives where id = ?")
                .param(cooperative)
                .query(String.class)
                .single();
    }
}
