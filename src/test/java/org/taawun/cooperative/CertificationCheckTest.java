package org.taawun.cooperative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.catalog.Category;
import org.taawun.catalog.domain.ProductDetails;
import org.taawun.catalog.domain.ProductService;
import org.taawun.catalog.domain.ProductView;
import org.taawun.shared.web.ProblemException;

/**
 * A certification a manager declares is only declared: it unlocks food publishing and shows as a label (storefront,
 * products, API) once an administrator checked its document.
 */
@TaawunTest
class CertificationCheckTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProductService products;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeclaredCertificationUnlocksNothingUntilAnAdministratorChecksIt() throws Exception {
        UUID cooperative = fixtures.verifiedCooperative();
        String manager = jdbc.sql("select applicant_email from cooperative.cooperatives where id = ?")
                .param(cooperative)
                .query(String.class)
                .single();
        ProductView honey =
                fixtures.asUser(manager, () -> products.create(cooperative, details(Category.HONEY), false));
        ProductView pottery =
                fixtures.asUser(manager, () -> products.create(cooperative, details(Category.POTTERY), true));

        for (String kind : List.of("ONSSA_AUTHORISATION", "ORGANIC")) {
            mvc.perform(post("/manage/cooperatives/{id}/certifications", cooperative)
                            .with(csrf())
                            .with(user(fixtures.user(manager)))
                            .param("kind", kind)
                            .param("reference", "REF-" + kind)
                            .param("validUntil", LocalDate.now().plusYears(1).toString()))
                    .andExpect(status().is3xxRedirection());
        }

        assertThatThrownBy(() -> publish(manager, honey.id()))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.code()).isEqualTo("sanitary-authorisation-missing"));
        mvc.perform(get("/api/v1/cooperatives/{id}", cooperative))
                .andExpect(jsonPath("$.certifications").isEmpty());
        assertThat(labels(pottery.id())).isEmpty();

        // the administrator sees the declarations waiting, and checks them
        String waiting = mvc.perform(get("/admin/certifications")
                        .with(user(fixtures.user("admin@taawun.test")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(waiting).contains("REF-ONSSA_AUTHORISATION", "REF-ORGANIC");
        for (UUID id : declared(cooperative)) {
            mvc.perform(post("/admin/certifications/{id}/check", id)
                            .with(csrf())
                            .with(user(fixtures.user("admin@taawun.test"))))
                    .andExpect(status().is3xxRedirection());
        }

        publish(manager, honey.id());
        assertThat(productStatus(honey.id())).isEqualTo("PUBLISHED");
        mvc.perform(get("/api/v1/cooperatives/{id}", cooperative))
                .andExpect(jsonPath("$.certifications[*].kind")
                        .value(Matchers.containsInAnyOrder("ONSSA_AUTHORISATION", "ORGANIC")));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(labels(pottery.id())).isEqualTo("ORGANIC"));
        mvc.perform(get("/admin/certifications").with(user(fixtures.user("admin@taawun.test"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("REF-ORGANIC"))));
    }

    @Test
    void aManagerCannotCheckHerOwnDeclaration() throws Exception {
        UUID cooperative = fixtures.verifiedCooperative();
        String manager = jdbc.sql("select applicant_email from cooperative.cooperatives where id = ?")
                .param(cooperative)
                .query(String.class)
                .single();
        mvc.perform(post("/manage/cooperatives/{id}/certifications", cooperative)
                .with(csrf())
                .with(user(fixtures.user(manager)))
                .param("kind", "ONSSA_AGREMENT")
                .param("reference", "AG-SELF"));
        UUID id = declared(cooperative).get(0);
        mvc.perform(post("/admin/certifications/{id}/check", id).with(csrf()).with(user(fixtures.user(manager))))
                .andExpect(status().isForbidden());
        assertThat(declared(cooperative)).containsExactly(id);
    }

    private static ProductDetails details(Category category) {
        return new ProductDetails(
                null,
                "Produit " + category,
                null,
                null,
                null,
                null,
                category,
                null,
                List.of(new ProductDetails.VariantDetails(null, null, new BigDecimal("20.00"), 5)));
    }

    private void publish(String manager, UUID product) {
        fixtures.asUser(manager, () -> {
            products.publish(product);
            return null;
        });
    }

    private List<UUID> declared(UUID cooperative) {
        return jdbc.sql("select id from cooperative.certifications where cooperative_id = ? and status = 'DECLARED'")
                .param(cooperative)
                .query(UUID.class)
                .list();
    }

    private String productStatus(UUID product) {
        return jdbc.sql("select status from catalog.products where id = ?")
                .param(product)
                .query(String.class)
                .single();
    }

    private String labels(UUID product) {
        return jdbc.sql("select coalesce(labels, '') from catalog.products where id = ?")
                .param(product)
                .query(String.class)
                .single();
    }
}
