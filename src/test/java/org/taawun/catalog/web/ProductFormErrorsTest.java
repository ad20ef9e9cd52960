package org.taawun.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.shared.demo.DemoIds;

/**
 * The new-product form after a validation error: the chosen photo is kept (for the manager who chose it only), the
 * focus goes to the first field in error, and each error is linked to its field.
 */
@TaawunTest
class ProductFormErrorsTest {

    private static final String MANAGER = "manager1@taawun.test";
    private static final String OTHER_MANAGER = "manager2@taawun.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePhotoChosenBeforeAnErrorIsKeptAndSavedWithTheProduct() throws Exception {
        String name = "Jarre " + UUID.randomUUID();
        Document form = page(newProduct(DemoIds.COOP_ARGAN, MANAGER, name, "")
                .file(new MockMultipartFile("photo", "p.jpg", "image/jpeg", jpeg(900, 700))));
        Element token = form.selectFirst("input[type=hidden][name=photoToken]");
        assertThat(token).isNotNull();
        assertThat(token.val()).isNotBlank();
        assertThat(form.selectFirst("figure.kept-photo img").attr("src")).startsWith("/media/");
        assertThat(productsNamed(name)).isZero();

        String location = mvc.perform(
                        newProduct(DemoIds.COOP_ARGAN, MANAGER, name, "45,00").param("photoToken", token.val()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(photosOf(id)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from catalog.pending_photos where token = ?")
                        .param(UUID.fromString(token.val()))
                        .query(Long.class)
                        .single())
                .as("a kept photo is used once")
                .isZero();
    }

    @Test
    void aKeptPhotoServesOnlyTheManagerWhoChoseIt() throws Exception {
        Document form = page(newProduct(DemoIds.COOP_ARGAN, MANAGER, "Plat " + UUID.randomUUID(), "")
                .file(new MockMultipartFile("photo", "p.jpg", "image/jpeg", jpeg(900, 700))));
        String token = form.selectFirst("input[name=photoToken]").val();

        String location = mvc.perform(
                        newProduct(DemoIds.COOP_KHOURIBGA, OTHER_MANAGER, "Bol " + UUID.randomUUID(), "30")
                                .param("photoToken", token))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(photosOf(id)).isZero();
        assertThat(jdbc.sql("select count(*) from catalog.pending_photos where token = ?")
                        .param(UUID.fromString(token))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theFirstFieldInErrorHasTheFocusAndItsErrorIsLinked() throws Exception {
        Document form = page(newProduct(DemoIds.COOP_ARGAN, MANAGER, "Tapis " + UUID.randomUUID(), "douze")
                .param("weightGrams", "0"));
        Element price = form.selectFirst("input[name='variants[0].price']");
        assertThat(price.hasAttr("autofocus")).isTrue();
        assertThat(price.attr("aria-invalid")).isEqualTo("true");
        String described = price.attr("aria-describedby");
        assertThat(form.getElementById(described)).isNotNull();
        assertThat(form.getElementById(described).hasClass("field-error")).isTrue();
        assertThat(form.select("[autofocus]"))
                .as("one field only has the focus")
                .hasSize(1);
        Element weight = form.selectFirst("input[name=weightGrams]");
        assertThat(weight.attr("aria-invalid")).isEqualTo("true");
        assertThat(form.getElementById(weight.attr("aria-describedby"))).isNotNull();
        assertThat(weight.closest("details").hasAttr("open"))
                .as("a folded part with an error is open")
                .isTrue();
    }

    @Test
    void withoutANameTheArabicNameFieldHasTheFocus() throws Exception {
        Document form = page(newProduct(DemoIds.COOP_ARGAN, MANAGER, "", "20"));
        Element nameAr = form.selectFirst("input[name=nameAr]");
        assertThat(nameAr.hasAttr("autofocus")).isTrue();
        assertThat(form.getElementById(nameAr.attr("aria-describedby")).text()).isNotBlank();
    }

    private MockMultipartHttpServletRequestBuilder newProduct(
            UUID cooperative, String manager, String name, String price) throws Exception {
        MockMultipartHttpServletRequestBuilder request =
                multipart("/manage/cooperatives/{id}/products/new", cooperative);
        request.param("nameFr", name)
                .param("category", "POTTERY")
                .param("variants[0].price", price)
                .param("variants[0].stock", "3")
                .header("Accept-Language", "fr")
                .with(csrf())
                .with(user(fixtures.user(manager)));
        return request;
    }

    private Document page(MockMultipartHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private long productsNamed(String name) {
        return jdbc.sql("select count(*) from catalog.products where name_fr = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private long photosOf(UUID product) {
        return jdbc.sql("select count(*) from catalog.photos where product_id = ?")
                .param(product)
                .query(Long.class)
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
