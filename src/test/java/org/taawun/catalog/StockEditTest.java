package org.taawun.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.StockLine;
import org.taawun.ordering.OrderFixtures;
import org.taawun.shared.demo.DemoIds;

/** A stock edit starts from the level it was read at: units that moved while the form was open never come back. */
@TaawunTest
class StockEditTest {

    static final String MANAGER = "manager1@taawun.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures products;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Inventory inventory;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theProductFormNeverBringsBackUnitsShippedWhileItWasOpen() throws Exception {
        UUID id = products.product(MANAGER, DemoIds.COOP_ARGAN, "Jarre comptée", "40.00", 10);
        mvc.perform(get("/manage/products/{id}", id).with(user(fixtures.user(MANAGER))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"variants[0].stockRead\" value=\"10\"")));
        ship(id, 2); // while her form is open

        // she changes the name only: the stock is what is there now, not what her form showed
        form(id, "Jarre renommée", "10", "10").andExpect(status().is3xxRedirection());
        assertThat(onHand(id)).isEqualTo(8);
        assertThat(name(id)).isEqualTo("Jarre renommée");

        // she changes the stock from the 10 she was shown: refused, nothing saved, the form shows the 8 there now
        form(id, "Jarre recomptée", "15", "10")
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The stock changed while you were editing")))
                .andExpect(content().string(Matchers.containsString("name=\"variants[0].stockRead\" value=\"8\"")));
        assertThat(onHand(id)).isEqualTo(8);
        assertThat(name(id)).isEqualTo("Jarre renommée");

        // from the level she now sees, her count is taken
        form(id, "Jarre recomptée", "15", "8").andExpect(status().is3xxRedirection());
        assertThat(onHand(id)).isEqualTo(15);
        assertThat(name(id)).isEqualTo("Jarre recomptée");
    }

    @Test
    void theApiChangesStockOnlyFromTheLevelItWasRead() throws Exception {
        UUID id = products.product(MANAGER, DemoIds.COOP_ARGAN, "Cruche comptée", "30.00", 10);
        ship(id, 3);
        api(id, "\"stock\":10")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stock-changed"));
        api(id, "\"stock\":12,\"stockRead\":10")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stock-changed"));
        assertThat(onHand(id)).isEqualTo(7);
        api(id, "\"stock\":7").andExpect(status().isOk()); // the same stock sent back changes nothing
        assertThat(onHand(id)).isEqualTo(7);
        api(id, "\"stock\":12,\"stockRead\":7").andExpect(status().isOk());
        assertThat(onHand(id)).isEqualTo(12);
    }

    private org.springframework.test.web.servlet.ResultActions form(UUID id, String name, String stock, String read)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/manage/products/{id}", id)
                .with(csrf())
                .with(user(fixtures.user(MANAGER)))
                .header("Accept-Language", "en")
                .param("nameFr", name)
                .param("category", "POTTERY")
                .param("variants[0].price", "40.00")
                .param("variants[0].stock", stock)
                .param("variants[0].stockRead", read);
        return mvc.perform(request);
    }

    private org.springframework.test.web.servlet.ResultActions api(UUID id, String stock) throws Exception {
        return mvc.perform(put("/api/v1/products/{id}", id)
                .with(user(fixtures.user(MANAGER)))
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .content("{\"nameFr\":\"Cruche comptée\",\"category\":\"POTTERY\",\"variants\":[{\"price\":30," + stock
                        + "}]}"));
    }

    /** Units reserved by an order and shipped, as the ordering module does. */
    private void ship(UUID variant, int quantity) {
        List<StockLine> lines = List.of(new StockLine(variant, DemoIds.COOP_ARGAN, quantity));
        transactions.executeWithoutResult(tx -> {
            inventory.reserve(lines, "test");
            inventory.fulfil(lines, "test");
        });
    }

    private int onHand(UUID variant) {
        return jdbc.sql("select on_hand from inventory.stock_levels where variant_id = ?")
                .param(variant)
                .query(Integer.class)
                .single();
    }

    private String name(UUID variant) {
        return jdbc.sql("select p.name_fr from catalog.products p join catalog.variants v on v.product_id = p.id"
                        + " where v.id = ?")
                .param(variant)
                .query(String.class)
                .single();
    }
}
