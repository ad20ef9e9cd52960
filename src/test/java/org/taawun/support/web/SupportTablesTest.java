package org.taawun.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.support.ServiceKind;
import org.taawun.support.SupportFixtures;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.Handoffs;

/**
 * The support module's tables on a phone and in right-to-left text: every cell names its column (the stacked cards
 * of narrow screens show it), inserted handles, dates and numbers are isolated, phones are tap-to-call links read left
 * to right, and back links carry the direction-aware arrow.
 */
@TaawunTest
class SupportTablesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Handoffs handoffs;

    @Autowired
    SupportFixtures services;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/support/console",
                "/support/console/stats",
                "/admin/support/stats?year=2025",
                "/admin/support/services",
                "/admin/support/flows",
                "/admin/support/flows/support"
            })
    void everyCellOfTheTablesNamesItsColumn(String path) throws Exception {
        String handle = handoffs.request(
                new ConversationKey(ChatChannel.WEB, "tables-" + UUID.randomUUID()), "ar", null, false);
        services.add(SupportFixtures.local(
                ServiceKind.SHELTER, "MA", "MA-06", SupportFixtures.uniqueCity(), "+212522000111"));
        for (String lang : new String[] {"ar", "fr"}) {
            Document page = page(path, lang);
            assertThat(page.select("main table td"))
                    .as("%s in %s", path, lang)
                    .isNotEmpty()
                    .allSatisfy(td -> assertThat(td.attr("data-label"))
                            .as("a cell of %s: %s", path, td.outerHtml())
                            .isNotBlank());
            if (path.equals("/support/console")) {
                assertThat(page.select("#queue bdi.handle").eachText()).contains(handle);
            }
            if (path.equals("/admin/support/services")) {
                Element call = page.selectFirst("main td a.call[href^=tel:]");
                assertThat(call).isNotNull();
                assertThat(call.selectFirst("bdi[dir=ltr]")).isNotNull();
            }
            if (path.startsWith("/admin/support/flows")) {
                assertThat(page.select("main td bdi")).isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/support/services/import", "/admin/support/flows/support"})
    void backLinksPointTheWayThePageReads(String path) throws Exception {
        assertThat(page(path, "ar").select("main a.back span.arrow-back")).hasSize(1);
        assertThat(page(path, "ar").text()).doesNotContain("←", "→");
    }

    private Document page(String path, String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get(path).param("lang", lang).with(user(fixtures.user("admin@taawun.test"))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
