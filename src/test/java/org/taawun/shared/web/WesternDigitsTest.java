package org.taawun.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.TaawunTest;

/**
 * Moroccan usage: Arabic text is written with Western digits (0-9). No Arabic page, fragment or message shows an
 * Arabic-Indic digit (U+0660-U+0669) or an extended one (U+06F0-U+06F9), whatever formats the number.
 */
@TaawunTest
class WesternDigitsTest {

    static final Pattern EASTERN_DIGITS = Pattern.compile("[\\u0660-\\u0669\\u06F0-\\u06F9]+");

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Test
    void arabicPagesShowWesternDigitsOnly() throws Exception {
        String storefront = arabic("/c/tiwizi-argan");
        assertThat(storefront).contains("منذ 2011"); // {0,number,#}
        String product = firstProduct(storefront);
        for (String path : new String[] {"/", "/c/tiwizi-argan", product, "/search?q=argan", "/cart", "/login"}) {
            assertNoEasternDigits(path, arabic(path));
        }
    }

    @Test
    void theCartBadgeCountsInWesternDigits() throws Exception {
        String product = firstProduct(arabic("/c/tiwizi-argan"));
        String badge = mvc.perform(post("/cart/lines")
                        .with(csrf())
                        .header("HX-Request", "true")
                        .header("Accept-Language", "ar")
                        .param("productId", product.substring("/p/".length()))
                        .param("quantity", "1"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(badge).contains("عرض السلة (1)");
        assertNoEasternDigits("cart badge", badge);
    }

    @Test
    void messagesWrittenOutsideARequestUseWesternDigitsToo() {
        assertThat(messages.getMessage(
                        "cooperative.storefront.since", new Object[] {2011}, Locale.forLanguageTag("ar")))
                .isEqualTo("منذ 2011");
        assertThat(messages.getMessage("ordering.cart.view", new Object[] {12_345}, Locale.forLanguageTag("ar")))
                .doesNotContainPattern(EASTERN_DIGITS)
                .contains("12");
    }

    private String arabic(String path) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", "ar"))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String firstProduct(String page) {
        Matcher product = Pattern.compile("href=\"(/p/[0-9a-f-]{36})\"").matcher(page);
        assertThat(product.find()).as("a product link").isTrue();
        return product.group(1);
    }

    private static void assertNoEasternDigits(String where, String html) {
        Matcher eastern = EASTERN_DIGITS.matcher(html);
        if (eastern.find()) {
            int from = Math.max(0, eastern.start() - 60);
            throw new AssertionError(where + " shows Arabic-Indic digits: …"
                    + html.substring(from, Math.min(html.length(), eastern.end() + 60)) + "…");
        }
    }
}
