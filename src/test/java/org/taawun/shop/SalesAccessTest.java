package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.Role;
import org.taawun.identity.TaawunUser;
import org.taawun.shop.domain.Amount;
import org.taawun.shop.domain.RecordSale;
import org.taawun.shop.domain.SaleRecorder;

/**
 * Who may use the till's sales endpoints: the shop's cashiers and managers and administrators record and read sales
 * and receipts; only managers and administrators see stock exceptions. A cashier of another shop, a cooperative
 * manager, a customer and an anonymous caller are refused before the body is read (a malformed body still gets 403,
 * not 400) and nothing changes.
 */
@TaawunTest
class SalesAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TillFixtures till;

    @Autowired
    SaleRecorder recorder;

    @Autowired
    JdbcClient jdbc;

    UUID shop;
    TaawunUser manager;
    TaawunUser cashier;
    UUID oil;
    UUID saleId;
    long exception;

    @BeforeEach
    void aShopWithASaleAndAStockException() {
        shop = fixtures.shop();
        manager = fixtures.shopManager(shop);
        cashier = till.cashier(shop);
        till.openSession(shop, cashier.id());
        oil = till.onShelf(shop, manager, "Huile", "50.00", 1);
        saleId = UUID.randomUUID();
        Fixtures.as(
                cashier,
                () -> recorder.record(
                        shop,
                        new RecordSale(
                                saleId,
                                Instant.now(),
                                null,
                                true,
                                List.of(new RecordSale.Line(oil, 2, null, null, null)),
                                List.of(new RecordSale.Payment("CASH", Amount.of("100"), null)))));
        exception = jdbc.sql("select id from shop.stock_exceptions where sale_id = ?")
                .param(saleId)
                .query(Long.class)
                .single();
    }

    @Test
    void strangersAreRefusedEverywhereBeforeTheBodyIsRead() throws Exception {
        UUID otherShop = fixtures.shop();
        TaawunUser otherCashier = till.cashier(otherShop);
        till.openSession(otherShop, otherCashier.id());
        Map<String, TaawunUser> strangers = new LinkedHashMap<>();
        strangers.put("cashier of another shop", otherCashier);
        strangers.put("shop manager of another shop", fixtures.shopManager(otherShop));
        strangers.put("cooperative manager", fixtures.user("manager1@taawun.test"));
        strangers.put("customer", fixtures.user(fixtures.customer(Fixtures.PASSWORD)));

        for (Map.Entry<String, TaawunUser> stranger : strangers.entrySet()) {
            for (MockHttpServletRequestBuilder request : everything()) {
                int status = mvc.perform(request.with(user(stranger.getValue())))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(status).as(stranger.getKey() + " " + request).isEqualTo(403);
            }
        }
        for (MockHttpServletRequestBuilder request : everything()) {
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            assertThat(status).as("anonymous " + request).isIn(302, 401);
        }
        assertThat(till.salesOf(shop)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from shop.stock_exceptions where id = ? and resolved_at is null")
                        .param(exception)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theShopsStaffReadSalesAndReceiptsAndOnlyManagersSeeStockExceptions() throws Exception {
        TaawunUser admin = fixtures.user("admin@taawun.test");
        for (TaawunUser staff : List.of(cashier, manager, admin)) {
            assertThat(status(get("/shop/{s}/till/sales/{id}", shop, saleId), staff))
                    .isEqualTo(200);
            assertThat(status(get("/shop/{s}/sales/{id}/receipt", shop, saleId), staff))
                    .isEqualTo(200);
            assertThat(status(get("/shop/{s}/sales/{id}/receipt.pdf", shop, saleId), staff))
                    .isEqualTo(200);
        }
        assertThat(status(get("/shop/{s}/stock-exceptions", shop), cashier)).isEqualTo(403);
        assertThat(status(
                        post("/shop/{s}/stock-exceptions/{x}/resolution", shop, exception)
                                .param("note", "vu")
                                .with(csrf()),
                        cashier))
                .isEqualTo(403);
        assertThat(status(get("/shop/{s}/stock-exceptions", shop), manager)).isEqualTo(200);
        assertThat(status(get("/shop/{s}/stock-exceptions", shop), admin)).isEqualTo(200);
        // a sale is read only through its own shop, even by the staff of another shop's address
        UUID otherShop = fixtures.shop();
        TaawunUser otherManager = fixtures.shopManager(otherShop);
        assertThat(status(get("/shop/{s}/sales/{id}/receipt", otherShop, saleId), otherManager))
                .isEqualTo(404);
        assertThat(status(get("/shop/{s}/till/sales/{id}", otherShop, saleId), otherManager))
                .isEqualTo(404);
        // a staff account that is a cashier elsewhere only
        TaawunUser cashierElsewhere = fixtures.staff(Role.CASHIER);
        assertThat(status(get("/shop/{s}/sales/{id}/receipt", shop, saleId), cashierElsewhere))
                .isEqualTo(403);
    }

    private int status(MockHttpServletRequestBuilder request, TaawunUser who) throws Exception {
        return mvc.perform(request.with(user(who))).andReturn().getResponse().getStatus();
    }

    /** Every endpoint of this part, with a body that could not even be read. */
    private List<MockHttpServletRequestBuilder> everything() {
        String broken = "{not json";
        return List.of(
                post("/api/v1/shops/{s}/sales", shop)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(broken),
                post("/api/v1/shops/{s}/returns", shop)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(broken),
                post("/shop/{s}/till/sales", shop)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(broken)
                        .with(csrf()),
                post("/shop/{s}/till/returns", shop)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(broken)
                        .with(csrf()),
                get("/shop/{s}/till/sales/{id}", shop, saleId),
                get("/shop/{s}/sales/{id}/receipt", shop, saleId),
                get("/shop/{s}/sales/{id}/receipt.pdf", shop, saleId),
                get("/shop/{s}/stock-exceptions", shop),
                post("/shop/{s}/stock-exceptions/{x}/resolution", shop, exception)
                        .param("note", "vu")
                        .with(csrf()));
    }
}
