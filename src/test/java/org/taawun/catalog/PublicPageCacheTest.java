package org.taawun.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;

/** Storefronts are micro-cached for visitors, keep their security headers, and change at once when edited. */
@TaawunTest
class PublicPageCacheTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCachedStorefrontKeepsItsHeadersAndFollowsEdits() throws Exception {
        UUID coop = fixtures.verifiedCooperative();
        String slug = jdbc.sql("select slug from cooperative.cooperatives where id = ?")
                .param(coop)
                .query(String.class)
                .single();
        String manager = jdbc.sql("select applicant_email from cooperative.cooperatives where id = ?")
                .param(coop)
                .query(String.class)
                .single();
        MockHttpServletResponse first = page(slug);
        MockHttpServletResponse second = page(slug);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(second.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(second.getContentType()).startsWith("text/html");

        String story = "Histoire " + UUID.randomUUID();
        mvc.perform(post("/manage/cooperatives/{id}", coop)
                .with(csrf())
                .with(user(fixtures.user(manager)))
                .param("slug", slug)
                .param("storyFr", story));
        assertThat(page(slug).getContentAsString()).contains(story);
        assertThat(mvc.perform(get("/c/{slug}", slug)
                                .with(user(fixtures.user(manager)))
                                .header("Accept-Language", "fr"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/logout");
    }

    @Test
    void theSearchPageAndTheProductListAreKeptForVisitorsOnly() throws Exception {
        MockHttpServletResponse first = visitor("/search?q=amlou");
        MockHttpServletResponse second = visitor("/search?q=amlou");
        assertThat(second.getContentAsString())
                .isEqualTo(first.getContentAsString())
                .contains("amlou");
        assertThat(second.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");

        MockHttpServletResponse list = visitor("/api/v1/products?q=amlou");
        assertThat(visitor("/api/v1/products?q=amlou").getContentAsString()).isEqualTo(list.getContentAsString());
        assertThat(list.getContentType()).startsWith("application/json");
        assertThat(list.getContentAsString()).contains("\"total\"");

        assertThat(mvc.perform(get("/search?q=amlou")
                                .with(user(fixtures.user("manager1@taawun.test")))
                                .header("Accept-Language", "fr"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/logout");
    }

    @Test
    void aCachedPageIsSentGzippedToTheClientsThatAcceptIt() throws Exception {
        String plain = visitor("/search?q=miel").getContentAsString();
        MockHttpServletResponse gzipped = mvc.perform(get("/search?q=miel")
                        .header("Accept-Language", "fr")
                        .header("Accept-Encoding", "br, gzip, deflate"))
                .andReturn()
                .getResponse();
        assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(gzipped.getContentLength()).isEqualTo(gzipped.getContentAsByteArray().length);
        try (var in =
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.getContentAsByteArray()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(plain);
        }

        for (String refused : new String[] {"gzip;q=0", "identity", "deflate, gzip;q=0.0"}) {
            MockHttpServletResponse unzipped = mvc.perform(get("/search?q=miel")
                            .header("Accept-Language", "fr")
                            .header("Accept-Encoding", refused))
                    .andReturn()
                    .getResponse();
            assertThat(unzipped.getHeader("Content-Encoding")).as(refused).isNull();
            assertThat(unzipped.getContentAsString()).as(refused).isEqualTo(plain);
        }
    }

    private MockHttpServletResponse visitor(String url) throws Exception {
        return mvc.perform(get(url).header("Accept-Language", "fr")).andReturn().getResponse();
    }

    private MockHttpServletResponse page(String slug) throws Exception {
        return mvc.perform(get("/c/{slug}", slug).header("Accept-Language", "fr"))
                .andReturn()
                .getResponse();
    }
}
