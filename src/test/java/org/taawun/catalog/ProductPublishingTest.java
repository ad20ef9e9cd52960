package org.taawun.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.catalog.domain.ProductDetails;
import org.taawun.catalog.domain.ProductService;
import org.taawun.catalog.domain.ProductView;
import org.taawun.cooperative.CertificationKind;
import org.taawun.cooperative.domain.ProfileService;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.web.ProblemException;

/** Listing from a phone, the food publication rule, photo checks and who may touch which product. */
@TaawunTest
class ProductPublishingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProductService products;

    @Autowired
    ProfileService profiles;

    @Autowired
    JdbcClient jdbc;

    static ProductDetails details(Category category, String name) {
        return new ProductDetails(
                null,
                name,
                null,
                null,
                null,
                null,
                category,
                null,
                List.of(new ProductDetails.VariantDetails(null, null, new BigDecimal("20.00"), 5)));
    }

    @Test
    void aManagerListsAProductWithAPhotoNamePriceAndStock() throws Exception {
        String html = mvc.perform(multipart("/manage/cooperatives/{id}/products/new", DemoIds.COOP_ARGAN)
                        .file(new MockMultipartFile("photo", "p.jpg", "image/jpeg", jpeg(1600, 1200)))
                        .param("nameAr", "صحن فخار")
                        .param("variants[0].price", "35.50")
                        .param("variants[0].stock", "7")
                        .param("category", "POTTERY")
                        .param("publish", "true")
                        .with(csrf())
                        .with(user(fixtures.user("manager1@taawun.test"))))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(html.substring(html.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select status from catalog.products where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("PUBLISHED");
        String small = jdbc.sql("select small from catalog.photos where product_id = ?")
                .param(id)
                .query(String.class)
                .single();
        BufferedImage thumbnail = ImageIO.read(new java.io.File("target/test-data/media/" + small));
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(160);
        assertThat(new java.io.File("target/test-data/media/" + small).length()).isLessThan(15 * 1024);
        mvc.perform(get("/p/{id}", id).param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("صحن فخار")))
                .andExpect(content().string(Matchers.containsString("35,50")));
    }

    @Test
    void foodNeedsAValidSanitaryAuthorisationToBePublished() {
        UUID cooperative = fixtures.verifiedCooperative();
        String manager = jdbc.sql("select applicant_email from cooperative.cooperatives where id = ?")
                .param(cooperative)
                .query(String.class)
                .single();
        ProductView draft =
                fixtures.asUser(manager, () -> products.create(cooperative, details(Category.HONEY, "Miel"), false));
        assertThatThrownBy(() -> fixtures.asUser(manager, () -> {
                    products.publish(draft.id());
                    return null;
                }))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo("sanitary-authorisation-missing");
                    assertThat(e.status().value()).isEqualTo(422);
                });
        ProductView pottery =
                fixtures.asUser(manager, () -> products.create(cooperative, details(Category.POTTERY, "Bol"), true));
        assertThat(statusOf(pottery.id())).isEqualTo("PUBLISHED");

        fixtures.asUser("admin@taawun.test", () -> {
            profiles.addCertification(
                    cooperative,
                    CertificationKind.ONSSA_AUTHORISATION,
                    "AS.1",
                    LocalDate.now().minusDays(1));
            return null;
        });
        assertThatThrownBy(() -> fixtures.asUser(manager, () -> {
                    products.publish(draft.id());
                    return null;
                }))
                .isInstanceOf(ProblemException.class);
        fixtures.asUser("admin@taawun.test", () -> {
            profiles.addCertification(
                    cooperative,
                    CertificationKind.ONSSA_AUTHORISATION,
                    "AS.2",
                    LocalDate.now().plusYears(1));
            return null;
        });
        fixtures.asUser(manager, () -> {
            products.publish(draft.id());
            return null;
        });
        assertThat(statusOf(draft.id())).isEqualTo("PUBLISHED");
    }

    @Test
    void aManagerCannotTouchAnotherCooperativesProducts() {
        ProductView product = fixtures.asUser(
                "manager1@taawun.test",
                () -> products.create(DemoIds.COOP_ARGAN, details(Category.POTTERY, "Assiette"), false));
        assertThatThrownBy(() -> fixtures.asUser("manager2@taawun.test", () -> {
                    products.publish(product.id());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.asUser(
                        "manager2@taawun.test",
                        () -> products.create(DemoIds.COOP_ARGAN, details(Category.POTTERY, "Intrus"), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(statusOf(product.id())).isEqualTo("DRAFT");
    }

    @Test
    void photosMustBeImagesOfUsableSize() throws Exception {
        ProductView product = fixtures.asUser(
                "manager1@taawun.test",
                () -> products.create(DemoIds.COOP_ARGAN, details(Category.POTTERY, "Théière"), false));
        for (Object[] refused : new Object[][] {
            {"text.jpg", "not an image at all".getBytes(), "shared.image.not-image"},
            {"tiny.jpg", jpeg(30, 30), "shared.image.too-small"},
            {"empty.jpg", new byte[0], "shared.image.empty"}
        }) {
            mvc.perform(multipart("/manage/products/{id}/photos", product.id())
                            .file(new MockMultipartFile(
                                    "photo", (String) refused[0], "image/jpeg", (byte[]) refused[1]))
                            .with(csrf())
                            .with(user(fixtures.user("manager1@taawun.test"))))
                    .andExpect(flash().attribute("photoError", refused[2]));
        }
        assertThat(jdbc.sql("select count(*) from catalog.photos where product_id = ?")
                        .param(product.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aVoiceDescriptionMustBeARecording() throws Exception {
        ProductView product = fixtures.asUser(
                "manager1@taawun.test",
                () -> products.create(DemoIds.COOP_ARGAN, details(Category.POTTERY, "Gobelet"), true));
        byte[] ogg = new byte[2048];
        System.arraycopy("OggS".getBytes(), 0, ogg, 0, 4);
        mvc.perform(multipart("/manage/products/{id}/voice", product.id())
                        .file(new MockMultipartFile("voice", "voice.ogg", "audio/ogg", ogg))
                        .with(csrf())
                        .with(user(fixtures.user("manager1@taawun.test"))))
                .andExpect(flash().attribute("saved", true));
        String voice = jdbc.sql("select voice from catalog.products where id = ?")
                .param(product.id())
                .query(String.class)
                .single();
        assertThat(voice).endsWith(".ogg");
        mvc.perform(get("/p/{id}", product.id())).andExpect(content().string(Matchers.containsString(voice)));
        mvc.perform(multipart("/manage/products/{id}/voice", product.id())
                        .file(new MockMultipartFile("voice", "voice.ogg", "audio/ogg", "<html>".getBytes()))
                        .with(csrf())
                        .with(user(fixtures.user("manager1@taawun.test"))))
                .andExpect(flash().attribute("photoError", "shared.audio.not-audio"));
    }

    @Test
    void aScriptInAProductTextIsRefused() throws Exception {
        mvc.perform(multipart("/manage/cooperatives/{id}/products/new", DemoIds.COOP_ARGAN)
                        .param("nameFr", "<script>alert(1)</script>")
                        .param("variants[0].price", "10")
                        .param("variants[0].stock", "1")
                        .header("Accept-Language", "en")
                        .with(csrf())
                        .with(user(fixtures.user("manager1@taawun.test"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Plain text only")));
    }

    private String statusOf(UUID product) {
        return jdbc.sql("select status from catalog.products where id = ?")
                .param(product)
                .query(String.class)
                .single();
    }

    private static byte[] jpeg(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x += 7) {
            for (int y = 0; y < height; y += 5) {
                image.setRGB(x, y, (x * 31 + y * 17) & 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
