package org.taawun.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.TaawunTest;
import org.taawun.shared.demo.DemoIds;

/** The cart and checkout pages with plain form posts (no JavaScript), as a guest. */
@TaawunTest
class CheckoutPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures products;

    @Autowired
    JdbcClient jdbc;

    private Cookie add(Cookie cart, UUID item, int quantity) throws Exception {
        var request = post("/cart/lines")
                .with(csrf())
                .param("productId", item.toString())
                .param("quantity", String.valueOf(quantity));
        if (cart != null) {
            request = request.cookie(cart);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        Cookie created = response.getCookie("cart");
        return created != null ? created : cart;
    }

    @Test
    void aGuestOrdersFromTwoCooperativesAndFollowsHerOrder() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Bougeoir", "45.00", 4);
        UUID b = products.product("manager2@taawun.test", DemoIds.COOP_KHOURIBGA, "Panier", "60.00", 4);
        Cookie cart = add(null, a, 2);
        assertThat(cart).isNotNull();
        assertThat(cart.isHttpOnly()).isTrue();
        add(cart, b, 1);
        mvc.perform(get("/cart").cookie(cart).param("lang", "fr"))
                .andExpect(content().string(Matchers.containsString("Bougeoir")))
                .andExpect(content().string(Matchers.containsString("Panier")))
                .andExpect(content().string(Matchers.containsString("150,00")));

        String location = mvc.perform(post("/checkout")
                        .cookie(cart)
                        .with(csrf())
                        .param("token", token(cart))
                        .param("currency", "MAD")
                        .param("name", "Salma")
                        .param("phone", "+212 6 12 34 56 78")
                        .param("address", "5 derb Sidi Bouloukat")
                        .param("city", "Marrakech")
                        .param("region", "MA-07")
                        .param("method", "HOME"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/orders/track/");
        mvc.perform(get(location).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("TIWIZI-")))
                .andExpect(content().string(Matchers.containsString("NOUR-")))
                .andExpect(content().string(Matchers.containsString("Nouvelle")));
        mvc.perform(get("/cart").cookie(cart))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Bougeoir"))));
    }

    @Test
    void aWrongPhoneIsShownNextToTheFieldAndNothingIsOrdered() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Lampe", "45.00", 4);
        Cookie cart = add(null, a, 1);
        long before = jdbc.sql("select count(*) from ordering.orders")
                .query(Long.class)
                .single();
        mvc.perform(post("/checkout")
                        .cookie(cart)
                        .with(csrf())
                        .param("token", token(cart))
                        .header("Accept-Language", "en")
                        .param("currency", "MAD")
                        .param("name", "Salma")
                        .param("phone", "12")
                        .param("address", "x")
                        .param("city", "Fès")
                        .param("method", "HOME"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Give a Moroccan phone number")));
        assertThat(jdbc.sql("select count(*) from ordering.orders")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void productsInAnotherCurrencyWaitApartWithAnExplanation() throws Exception {
        UUID ma = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Tajine", "80.00", 4);
        UUID tn = products.product("manager-tn@taawun.test", DemoIds.COOP_TUNISIA, "Gargoulette", "25.000", 4);
        Cookie cart = add(null, ma, 1);
        add(cart, tn, 1);
        mvc.perform(get("/cart").cookie(cart).param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("One order takes one currency")))
                .andExpect(content().string(Matchers.containsString("Products in Tunisian dinars")))
                .andExpect(content().string(Matchers.containsString("25.000")));
    }

    @Test
    void aBuyerWhoLosesTheRaceIsToldAndKeepsHerCart() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Dernière jarre", "90.00", 2);
        Cookie cart = add(null, a, 2);
        Cookie rival = add(null, a, 1);
        checkout(rival).andExpect(status().is3xxRedirection());
        checkout(cart)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Not enough stock left")));
        mvc.perform(get("/cart").cookie(cart)).andExpect(content().string(Matchers.containsString("Dernière jarre")));
    }

    private org.springframework.test.web.servlet.ResultActions checkout(Cookie cart) throws Exception {
        return checkout(cart, token(cart));
    }

    private org.springframework.test.web.servlet.ResultActions checkout(Cookie cart, String token) throws Exception {
        var request = post("/checkout").cookie(cart).with(csrf()).header("Accept-Language", "en");
        if (token != null) {
            request = request.param("token", token);
        }
        return mvc.perform(request.param("currency", "MAD")
                .param("name", "Rim")
                .param("phone", "0712345678")
                .param("address", "Hay Riad")
                .param("city", "Rabat")
                .param("method", "HOME"));
    }

    /** The one-time token of the checkout form, as the page shows it for this cart. */
    private String token(Cookie cart) throws Exception {
        String html = mvc.perform(get("/checkout").cookie(cart))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\"[^>]*value=\"([A-Za-z0-9_-]+)\"")
                .matcher(html);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    @Test
    void sendingTheCheckoutFormTwicePlacesOneOrderAndShowsItsConfirmationAgain() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Tagine double", "70.00", 5);
        Cookie cart = add(null, a, 2);
        String token = token(cart);
        long before = orders();
        String first = checkout(cart, token)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String second = checkout(cart, token)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(first).startsWith("/orders/track/");
        assertThat(second).isEqualTo(first);
        assertThat(orders()).isEqualTo(before + 1);
        assertThat(available(a)).isEqualTo(3);

        // the same token from another cart (another browser) is not that order
        Cookie other = add(null, a, 1);
        checkout(other, token)
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).isNotEqualTo(first));
        assertThat(orders()).isEqualTo(before + 2);
        assertThat(available(a)).isEqualTo(2);
    }

    @Test
    void twoSendsOfOneFormAtTheSameInstantPlaceOneOrder() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Tagine pressé", "70.00", 5);
        Cookie cart = add(null, a, 1);
        String token = token(cart);
        long before = orders();
        java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<String> click = () -> checkout(cart, token)
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            java.util.List<java.util.concurrent.Future<String>> both =
                    clicks.invokeAll(java.util.List.of(click, click));
            assertThat(both.get(0).get())
                    .startsWith("/orders/track/")
                    .isEqualTo(both.get(1).get());
        } finally {
            clicks.shutdown();
        }
        assertThat(orders()).isEqualTo(before + 1);
        assertThat(available(a)).isEqualTo(4);
    }

    @Test
    void aFormWithoutItsTokenIsShownAgainAndOrdersNothing() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Tagine sans jeton", "70.00", 5);
        Cookie cart = add(null, a, 1);
        long before = orders();
        checkout(cart, null)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("This form is no longer valid")))
                .andExpect(content().string(Matchers.containsString("name=\"token\"")));
        assertThat(orders()).isEqualTo(before);
        assertThat(available(a)).isEqualTo(5);
    }

    private long orders() {
        return jdbc.sql("select count(*) from ordering.orders")
                .query(Long.class)
                .single();
    }

    private int available(UUID variant) {
        return jdbc.sql("select on_hand - reserved from inventory.stock_levels where variant_id = ?")
                .param(variant)
                .query(Integer.class)
                .single();
    }

    @Test
    void theCartSurvivesSignIn() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Carafe", "28.00", 4);
        Cookie cart = add(null, a, 1);
        mvc.perform(post("/login")
                        .cookie(cart)
                        .with(csrf())
                        .param("email", "customer@taawun.test")
                        .param("password", "taawun-demo"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cart").cookie(cart)).andExpect(content().string(Matchers.containsString("Carafe")));
    }

    @Test
    void withHtmxAddingAnswersInPlace() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Gourde", "22.00", 4);
        mvc.perform(post("/cart/lines")
                        .with(csrf())
                        .header("HX-Request", "true")
                        .header("Accept-Language", "en")
                        .param("productId", a.toString())
                        .param("quantity", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("See the cart (3)")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
    }

    @Test
    void badQuantitiesAndUnknownProductsAreRefused() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Pot", "12.00", 4);
        mvc.perform(post("/cart/lines")
                        .with(csrf())
                        .param("productId", a.toString())
                        .param("quantity", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cart/lines")
                        .with(csrf())
                        .param("productId", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cart/lines").with(csrf()).param("productId", "not-a-uuid"))
                .andExpect(status().isBadRequest());
    }
}
