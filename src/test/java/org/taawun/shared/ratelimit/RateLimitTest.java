package org.taawun.shared.ratelimit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.taawun.Fixtures;
import org.taawun.ordering.OrderFixtures;
import org.taawun.shared.demo.DemoIds;

/** Public writes are limited per client address, per phone or e-mail and per account, with 429 and Retry-After. */
@RateLimitedTest
class RateLimitTest {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures products;

    @Autowired
    Fixtures fixtures;

    /** A client address and a phone no other test uses. */
    private static String address() {
        int n = NEXT.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private static String phone() {
        return "06" + String.format("%08d", NEXT.getAndIncrement() * 7919 % 100_000_000);
    }

    private static String order(UUID product, String phone) {
        return """
                {"lines":[{"productId":"%s","quantity":1}],"delivery":{"method":"HOME"},"payment":"CASH_ON_DELIVERY",
                 "customer":{"name":"Nadia","phone":"%s","address":"12 rue des Roses","city":"Rabat","region":"MA-04"}}
                """.formatted(product, phone);
    }

    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    private ResultActions placeOrder(UUID product, String phone, String address) throws Exception {
        return mvc.perform(from(post("/api/v1/orders"), address)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "fr")
                .content(order(product, phone)));
    }

    private UUID product(int stock) {
        return products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Tajine limite", "30.00", stock);
    }

    @Test
    void ordersFromOneAddressAreLimitedWithProblemDetailsAndRetryAfter() throws Exception {
        UUID product = product(50);
        String address = address();
        for (int i = 0; i < 5; i++) {
            placeOrder(product, phone(), address).andExpect(status().isCreated());
        }
        placeOrder(product, phone(), address)
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("too-many-requests"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Réessayez dans")))
                .andExpect(header().string("Retry-After", Matchers.matchesRegex("[1-9][0-9]*")));
        placeOrder(product, phone(), address()).andExpect(status().isCreated());
    }

    @Test
    void ordersForOnePhoneAreLimitedWhateverTheAddressOrSpelling() throws Exception {
        UUID product = product(50);
        String phone = phone();
        placeOrder(product, phone, address()).andExpect(status().isCreated());
        placeOrder(product, "+212 " + phone.substring(1), address()).andExpect(status().isCreated());
        placeOrder(product, phone, address())
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("too-many-requests"));
    }

    @Test
    void aBuyerWhoLosesTheRaceForStockGets409AndIsNotChargedForIt() throws Exception {
        UUID last = product(1);
        String address = address();
        placeOrder(last, phone(), address).andExpect(status().isCreated());
        String loser = phone();
        for (int i = 0; i < 3; i++) {
            placeOrder(last, loser, address).andExpect(status().isConflict());
        }
        // three conflicts for a phone allowed two orders an hour: she can still order
        placeOrder(product(5), loser, address).andExpect(status().isCreated());
    }

    @Test
    void ordersOfASignedInAccountAreLimited() throws Exception {
        UUID product = product(50);
        var customer = user(fixtures.user("customer@taawun.test"));
        for (int i = 0; i < 3; i++) {
            mvc.perform(from(post("/api/v1/orders"), address())
                            .with(customer)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(order(product, phone())))
                    .andExpect(status().isCreated());
        }
        mvc.perform(from(post("/api/v1/orders"), address())
                        .with(customer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(order(product, phone())))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void theCheckoutPageAnswersALocalisedErrorPage() throws Exception {
        UUID product = product(50);
        String phone = phone();
        placeOrder(product, phone, address()).andExpect(status().isCreated());
        placeOrder(product, phone, address()).andExpect(status().isCreated());
        String address = address();
        Cookie cart = mvc.perform(from(post("/cart/lines"), address)
                        .with(csrf())
                        .param("productId", product.toString())
                        .param("quantity", "1"))
                .andReturn()
                .getResponse()
                .getCookie("cart");
        mvc.perform(from(post("/checkout"), address)
                        .cookie(cart)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("token", UUID.randomUUID().toString())
                        .param("currency", "MAD")
                        .param("name", "Rim")
                        .param("phone", phone)
                        .param("address", "Hay Riad")
                        .param("city", "Rabat")
                        .param("method", "HOME"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(Matchers.containsString("Too many requests came from this connection")));
    }

    @Test
    void theSupportChatIsLimitedPerAddressOnTheApiAndThePage() throws Exception {
        String address = address();
        for (int i = 0; i < 2; i++) {
            mvc.perform(from(post("/api/v1/support/chat"), address)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"text\":\"salam\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(from(post("/help"), address).with(csrf()).param("text", "salam"))
                .andExpect(status().isSeeOther());
        mvc.perform(from(post("/api/v1/support/chat"), address)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"salam\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("too-many-requests"));
        mvc.perform(from(post("/help"), address)
                        .with(csrf())
                        .header("Accept-Language", "ar")
                        .param("text", "salam"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(Matchers.containsString("طلبات كثيرة جدا")));
    }

    @Test
    void applicationsAndSignUpsAreLimitedPerAddress() throws Exception {
        String address = address();
        for (int i = 0; i < 2; i++) {
            mvc.perform(from(post("/apply"), address).with(csrf()).param("nameAr", ""))
                    .andExpect(status().isOk());
            mvc.perform(from(post("/signup"), address).with(csrf()).param("name", ""))
                    .andExpect(status().isOk());
        }
        mvc.perform(from(post("/apply"), address).with(csrf()).param("nameAr", ""))
                .andExpect(status().isTooManyRequests());
        mvc.perform(from(post("/signup"), address).with(csrf()).param("name", ""))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void passwordResetsAreLimitedPerEmail() throws Exception {
        String email = "someone" + NEXT.getAndIncrement() + "@example.test";
        for (int i = 0; i < 2; i++) {
            mvc.perform(from(post("/password/forgot"), address()).with(csrf()).param("email", email))
                    .andExpect(status().isOk());
        }
        mvc.perform(from(post("/password/forgot"), address())
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .param("email", email.toUpperCase()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(Matchers.containsString("Trop de demandes")));
    }
}
