package org.taawun.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.ordering.domain.DeliveryFees;
import org.taawun.shared.demo.DemoIds;

/**
 * The checkout form on its own (no JavaScript): the delivery fee and the total before confirming, an empty address with
 * home delivery flagged next to its field and focused, a shop ignored with home delivery, the pickup list apart.
 */
@TaawunTest
class CheckoutFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures products;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DeliveryFees fees;

    @Autowired
    JdbcClient jdbc;

    private Cookie cartWith(UUID item) throws Exception {
        return mvc.perform(post("/cart/lines")
                        .with(csrf())
                        .param("productId", item.toString())
                        .param("quantity", "1"))
                .andReturn()
                .getResponse()
                .getCookie("cart");
    }

    private String checkoutPage(Cookie cart, String lang) throws Exception {
        return mvc.perform(get("/checkout").cookie(cart).param("lang", lang))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String hidden(String html, String name) {
        Matcher value =
                Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertThat(value.find()).as(name).isTrue();
        return value.group(1);
    }

    /** The form as the page showed it, filled in for home delivery; {@code changes} are names and values. */
    private MockHttpServletRequestBuilder form(Cookie cart, String page, String lang, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lang", lang);
        fields.put("token", hidden(page, "token"));
        fields.put("deliveryFee", hidden(page, "deliveryFee"));
        fields.put("currency", "MAD");
        fields.put("name", "Salma");
        fields.put("phone", "0612345678");
        fields.put("address", "5 derb Sidi Bouloukat");
        fields.put("city", "Marrakech");
        fields.put("method", "HOME");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/checkout").cookie(cart).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    /** The opening tag of the form's field of that name. */
    private static String field(String html, String name) {
        Matcher tag = Pattern.compile("<(input|textarea|select)\\b[^>]*\\bname=\"" + name + "\"[^>]*>")
                .matcher(html);
        assertThat(tag.find()).as(name).isTrue();
        return tag.group();
    }

    private long orders() {
        return jdbc.sql("select count(*) from ordering.orders")
                .query(Long.class)
                .single();
    }

    private String manager(UUID cooperative) {
        return jdbc.sql("select applicant_email from cooperative.cooperatives where id = ?")
                .param(cooperative)
                .query(String.class)
                .single();
    }

    @Test
    void theDeliveryFeeAndTheTotalAreShownBeforeConfirmingAndAnotherFeeIsShownAgainBeforeItIsCharged()
            throws Exception {
        UUID coop = fixtures.verifiedCooperative();
        fees.save(coop, new BigDecimal("30.00"), null, Map.of("MA-04", new BigDecimal("20.00")));
        UUID plate = products.product(manager(coop), coop, "Plat à couscous", "80.00", 5);
        products.atShop(plate, coop, DemoIds.SHOP_KHOURIBGA, 1); // the pickup total shows where a shop holds it
        Cookie cart = cartWith(plate);

        String page = checkoutPage(cart, "fr");
        assertThat(page)
                .contains("Livraison à domicile : \u206830,00\u00a0MAD\u2069")
                .contains("Total avec la livraison : \u2068110,00\u00a0MAD\u2069")
                .contains("Total au retrait : \u206880,00\u00a0MAD\u2069")
                .contains("dépendent de la région");
        assertThat(hidden(page, "deliveryFee")).isEqualTo("30.00");

        // she then chooses the region where the fee is 20: shown again with that fee, nothing ordered yet
        long before = orders();
        String again = mvc.perform(form(cart, page, "fr", "region", "MA-04"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(orders()).isEqualTo(before);
        assertThat(again)
                .contains("data-testid=\"fee-changed\"")
                .contains("\u206820,00\u00a0MAD\u2069")
                .contains("Total avec la livraison : \u2068100,00\u00a0MAD\u2069");

        // confirmed with the fee she saw: placed, and charged that fee
        String location = mvc.perform(form(cart, again, "fr", "region", "MA-04"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/orders/track/");
        assertThat(jdbc.sql("select p.delivery_fee from ordering.order_parts p join ordering.orders o"
                                + " on o.id = p.order_id where o.tracking_token = ?")
                        .param(location.substring("/orders/track/".length(), location.indexOf('?')))
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("20");
    }

    @Test
    void anEmptyAddressWithHomeDeliveryIsFlaggedNextToItsFieldFocusedAndChangesNothing() throws Exception {
        UUID item = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Vase bleu", "50.00", 3);
        Cookie cart = cartWith(item);
        String page = checkoutPage(cart, "fr");
        long before = orders();
        String shown = mvc.perform(form(cart, page, "fr", "address", "  "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(orders()).isEqualTo(before);
        assertThat(shown).containsPattern("id=\"address-error\"[^>]*>Indiquez l’adresse de livraison.<");
        assertThat(field(shown, "address")).contains("autofocus=\"autofocus\"", "aria-describedby=\"address-error\"");
        assertThat(shown.split("autofocus=", -1))
                .as("one field takes the focus")
                .hasSize(2);
        assertThat(checkoutPage(cart, "fr")).contains("Vase bleu"); // still in her cart

        // the first error in the page's order takes the focus: the name before the address
        String two = mvc.perform(form(cart, page, "fr", "address", "", "name", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(field(two, "name")).contains("autofocus=\"autofocus\"", "aria-describedby=\"name-error\"");
        assertThat(two.split("autofocus=", -1)).hasSize(2);
        assertThat(orders()).isEqualTo(before);
    }

    @Test
    void aShopChosenBeforeSwitchingToHomeDeliveryIsIgnored() throws Exception {
        for (String shop : new String[] {DemoIds.SHOP_KHOURIBGA.toString(), "not-a-shop"}) {
            UUID item = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Bol " + shop, "20.00", 3);
            Cookie cart = cartWith(item);
            String page = checkoutPage(cart, "fr");
            String location = mvc.perform(form(cart, page, "fr", "shopId", shop))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            String token = location.substring("/orders/track/".length(), location.indexOf('?'));
            assertThat(jdbc.sql("select delivery_method || ':' || coalesce(shop_id::text, 'none') from ordering.orders"
                                    + " where tracking_token = ?")
                            .param(token)
                            .query(String.class)
                            .single())
                    .as(shop)
                    .isEqualTo("HOME:none");
        }
    }

    @Test
    void thePickupShopsAreApartFromHomeDeliveryAndThePhonePrefixReadsLeftToRight() throws Exception {
        UUID item = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Cruche", "35.00", 3);
        products.atShop(item, DemoIds.COOP_ARGAN, DemoIds.SHOP_KHOURIBGA, 1); // pickup only where the units are
        Cookie cart = cartWith(item);
        String page = checkoutPage(cart, "ar");
        // the radios come before the blocks they show (CSS ~), the shops only in the pickup block
        int home = page.indexOf("id=\"method-HOME\"");
        int pickup = page.indexOf("id=\"method-PICKUP\"");
        int homeBlock = page.indexOf("class=\"home-only");
        int pickupBlock = page.indexOf("class=\"pickup-only");
        assertThat(home).isPositive().isLessThan(pickup);
        assertThat(pickup).isLessThan(homeBlock);
        assertThat(homeBlock).isLessThan(pickupBlock);
        assertThat(page.indexOf("name=\"shopId\"")).isGreaterThan(pickupBlock);
        assertThat(page.indexOf("name=\"address\"")).isBetween(homeBlock, pickupBlock);

        String shown = mvc.perform(form(cart, page, "ar", "phone", "12"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown).contains("\u2066+212\u2069").doesNotContain("\u200e+212");
        assertThat(field(shown, "phone"))
                .contains("autofocus=\"autofocus\"", "aria-describedby=\"phone-error\"", "dir=\"ltr\"");
    }
}
