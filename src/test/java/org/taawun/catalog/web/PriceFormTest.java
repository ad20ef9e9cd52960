package org.taawun.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.shared.demo.DemoIds;

/** The manager's product form takes "120,50" as well as "120.50" and shows the saved price as the page writes it. */
@TaawunTest
class PriceFormTest {

    private static final String MANAGER = "manager1@taawun.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPriceWithADecimalCommaIsSavedAndShownInTheLanguagesFormat() throws Exception {
        String name = "Tajine " + UUID.randomUUID();
        String location = create(name, "120,50", "fr")
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.replaceAll(".*/manage/products/", "").replaceAll("[?#].*", ""));
        assertThat(price(id)).isEqualByComparingTo("120.50");

        page(id, "fr").andExpect(content().string(Matchers.containsString("value=\"120,50\"")));
        page(id, "ar").andExpect(content().string(Matchers.containsString("value=\"120,50\"")));
        page(id, "en").andExpect(content().string(Matchers.containsString("value=\"120.50\"")));
        page(id, "fr").andExpect(content().string(Matchers.not(Matchers.containsString("120.500"))));
    }

    @Test
    void aPointIsAcceptedOnAFrenchPageAndNonsenseIsRefusedWithNothingSaved() throws Exception {
        String name = "Plat " + UUID.randomUUID();
        create(name, "75.25", "fr").andExpect(status().is3xxRedirection());
        String refused = "Bol " + UUID.randomUUID();
        create(refused, "douze", "fr").andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from catalog.products where name_fr = ?")
                        .param(refused)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theFormatterReadsEitherSeparatorArabicDigitsAndGrouping() throws ParseException {
        PriceFormatter prices = new PriceFormatter();
        Locale fr = Locale.FRENCH;
        assertThat(prices.parse("120,50", fr)).isEqualByComparingTo("120.50");
        assertThat(prices.parse("120.50", fr)).isEqualByComparingTo("120.50");
        assertThat(prices.parse(" 1 200,5 ", fr)).isEqualByComparingTo("1200.5");
        assertThat(prices.parse("1.200,50", fr)).isEqualByComparingTo("1200.50");
        assertThat(prices.parse("1,200.50", Locale.ENGLISH)).isEqualByComparingTo("1200.50");
        assertThat(prices.parse("1.200.000", fr)).isEqualByComparingTo("1200000");
        assertThat(prices.parse("١٢٠٫٥٠", Locale.forLanguageTag("ar"))).isEqualByComparingTo("120.50");
        assertThat(prices.parse("12.345", fr)).isEqualByComparingTo("12.345"); // Tunisian millimes
        assertThatThrownBy(() -> prices.parse("12,3,4.5.6x", fr)).isInstanceOf(ParseException.class);
        assertThat(prices.print(new BigDecimal("120.500"), fr)).isEqualTo("120,50");
        assertThat(prices.print(new BigDecimal("1200.000"), Locale.forLanguageTag("ar")))
                .isEqualTo("1200,00");
        assertThat(prices.print(new BigDecimal("12.345"), Locale.ENGLISH)).isEqualTo("12.345");
    }

    private ResultActions create(String name, String price, String lang) throws Exception {
        return mvc.perform(post("/manage/cooperatives/{id}/products/new", DemoIds.COOP_ARGAN)
                .with(csrf())
                .with(user(fixtures.user(MANAGER)))
                .header("Accept-Language", lang)
                .param("nameFr", name)
                .param("category", "POTTERY")
                .param("variants[0].price", price)
                .param("variants[0].stock", "3"));
    }

    private ResultActions page(UUID id, String lang) throws Exception {
        return mvc.perform(get("/manage/products/{id}", id)
                        .with(user(fixtures.user(MANAGER)))
                        .header("Accept-Language", lang))
                .andExpect(status().isOk());
    }

    private BigDecimal price(UUID product) {
        return jdbc.sql("select price from catalog.variants where product_id = ?")
                .param(product)
                .query(BigDecimal.class)
                .single();
    }
}
