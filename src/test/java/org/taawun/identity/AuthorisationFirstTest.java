package org.taawun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.ordering.OrderFixtures;
import org.taawun.shared.demo.DemoIds;

/**
 * Who may act is checked before the request is read: another cooperative's manager sending a body or parameters that
 * are not valid is told 403, not which rule her input broke (400). The cooperative's own manager, sending the same,
 * is told what is wrong: that proves the input is indeed invalid.
 */
@TaawunTest
class AuthorisationFirstTest {

    static final String OWN_MANAGER = "manager1@taawun.test";
    static final String OTHER_MANAGER = "manager2@taawun.test";
    static final UUID COOP = DemoIds.COOP_ARGAN;

    /** A manager's write (or private read) on the first demo cooperative, with input that is not valid. */
    record Target(UUID product, UUID order, UUID part) {}

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                request(
                        "API product update, unknown category",
                        400,
                        t -> json(put("/api/v1/products/{id}", t.product))
                                .content(
                                        "{\"nameFr\":\"x\",\"category\":\"NOPE\",\"variants\":[{\"price\":1,\"stock\":1}]}")),
                request(
                        "API product update, no variant",
                        400,
                        t -> json(put("/api/v1/products/{id}", t.product))
                                .content("{\"nameFr\":\"x\",\"category\":\"POTTERY\",\"variants\":[]}")),
                request(
                        "API product creation, no variant",
                        400,
                        t -> json(post("/api/v1/products"))
                                .content("{\"cooperativeId\":\"" + COOP
                                        + "\",\"details\":{\"category\":\"POTTERY\",\"variants\":[]}}")),
                request(
                        "API order part status, unknown status",
                        400,
                        t -> json(post("/api/v1/orders/{id}/parts/{part}/status", t.order, t.part))
                                .content("{\"status\":\"NOPE\"}")),
                request(
                        "API order part status, no status",
                        400,
                        t -> json(post("/api/v1/orders/{id}/parts/{part}/status", t.order, t.part))
                                .content("{}")),
                request(
                        "API orders of a cooperative, unknown status",
                        400,
                        t -> get("/api/v1/cooperatives/{id}/orders", COOP).param("status", "NOPE")),
                request(
                        "API profile, invalid address",
                        400,
                        t -> json(put("/api/v1/cooperatives/{id}/profile", COOP))
                                .content("{\"slug\":\"Not A Slug!\"}")),
                request(
                        "page order part status, unknown status",
                        400,
                        t -> post("/manage/orders/{id}/status", t.part)
                                .with(csrf())
                                .param("status", "NOPE")),
                request(
                        "page orders of a cooperative, unknown status",
                        400,
                        t -> get("/manage/cooperatives/{id}/orders", COOP).param("status", "NOPE")),
                request(
                        "page certification, unknown kind",
                        400,
                        t -> post("/manage/cooperatives/{id}/certifications", COOP)
                                .with(csrf())
                                .param("kind", "NOPE")),
                request(
                        "page profile, invalid address",
                        200,
                        t -> post("/manage/cooperatives/{id}", COOP)
                                .with(csrf())
                                .param("slug", "Not A Slug!")),
                request(
                        "page product photo removal, not a number (a malformed address is not found)",
                        404,
                        t -> post("/manage/products/{id}/photos/{index}/delete", t.product, "first")
                                .with(csrf())),
                request(
                        "page product form, price not a number",
                        200,
                        t -> post("/manage/products/{id}", t.product)
                                .with(csrf())
                                .param("nameFr", "x")
                                .param("category", "POTTERY")
                                .param("variants[0].price", "cheap")
                                .param("variants[0].stock", "1")));
    }

    static Arguments request(String name, int ownManagerStatus, Function<Target, MockHttpServletRequestBuilder> make) {
        return Arguments.of(name, ownManagerStatus, make);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request) {
        return request.contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrderFixtures products;

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void anotherCooperativesManagerIsRefusedBeforeHerInputIsChecked(
            String name, int ownManagerStatus, Function<Target, MockHttpServletRequestBuilder> make) throws Exception {
        Target target = target();

        MockHttpServletResponse other = mvc.perform(make.apply(target).with(user(fixtures.user(OTHER_MANAGER))))
                .andReturn()
                .getResponse();
        MockHttpServletResponse own = mvc.perform(make.apply(target).with(user(fixtures.user(OWN_MANAGER))))
                .andReturn()
                .getResponse();

        assertThat(other.getStatus()).as("another cooperative's manager").isEqualTo(403);
        assertThat(other.getContentAsString()).doesNotContain("\"errors\"");
        assertThat(own.getStatus()).as("the cooperative's own manager").isEqualTo(ownManagerStatus);
    }

    /** A product of the cooperative and a new order part for it, placed through the API as a customer would. */
    private Target target() throws Exception {
        UUID variant = products.product(OWN_MANAGER, COOP, "Objet " + UUID.randomUUID(), "10.00", 5);
        String order = mvc.perform(post("/api/v1/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"lines":[{"productId":"%s","quantity":1}],"delivery":{"method":"HOME"},
                                 "payment":"CASH_ON_DELIVERY",
                                 "customer":{"name":"Test","phone":"0612345678","address":"Rue 1","city":"Rabat"}}
                                """.formatted(variant)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new Target(
                variant,
                UUID.fromString(JsonPath.read(order, "$.id")),
                UUID.fromString(JsonPath.read(order, "$.parts[0].id")));
    }
}
