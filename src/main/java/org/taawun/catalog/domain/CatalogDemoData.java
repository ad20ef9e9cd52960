package org.taawun.catalog.domain;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.Category;
import org.taawun.catalog.VariantLabel;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeView;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.LocationKind;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.demo.DemoSettings;
import org.taawun.shared.media.MediaStorage;

/**
 * The seeds' products, sold by the demo cooperatives, with generated photos and stock online; loaded once. Their
 * stock in the demo shop (UNFM Market Khouribga) comes by a consignment deposit that the shop module records next
 * (shop.domain.ShopDemoStock), so that the shelf has its note, codes and prices.
 */
@Component
@Order(30)
class CatalogDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogDemoData.class);

    private record Item(
            UUID cooperative,
            Category category,
            String nameAr,
            String nameFr,
            String nameEn,
            String descriptionAr,
            String descriptionFr,
            Color colour,
            List<ProductDetails.VariantDetails> variants) {}

    private final DemoSettings settings;
    private final ProductRepository products;
    private final CooperativeDirectory cooperatives;
    private final Inventory inventory;
    private final MediaStorage media;

    CatalogDemoData(
            DemoSettings settings,
            ProductRepository products,
            CooperativeDirectory cooperatives,
            Inventory inventory,
            MediaStorage media) {
        this.settings = settings;
        this.products = products;
        this.cooperatives = cooperatives;
        this.inventory = inventory;
        this.media = media;
    }

    /** A demo variant labelled in Arabic, French and English. */
    private static ProductDetails.VariantDetails v(String ar, String fr, String en, String price, int stock) {
        return ProductDetails.VariantDetails.of(new VariantLabel(ar, fr, en), null, new BigDecimal(price), stock);
    }

    private static List<Item> items() {
        return List.of(
                new Item(
                        DemoIds.COOP_ARGAN,
                        Category.ARGAN_OIL,
                        "زيت الأركان الغذائي",
                        "Huile d'argan alimentaire",
                        "Culinary argan oil",
                        "زيت أركان محمص، معصور يدويا في تيويزي.",
                        "Huile d'argan torréfiée, pressée à la main à Tiwizi.",
                        new Color(0xC68A2E),
                        List.of(
                                v("250 مل", "250 ml", "250 ml", "90.00", 40),
                                v("500 مل", "500 ml", "500 ml", "170.00", 25),
                                v("1 ل", "1 l", "1 l", "320.00", 10))),
                new Item(
                        DemoIds.COOP_ARGAN,
                        Category.COSMETICS,
                        "زيت الأركان التجميلي",
                        "Huile d'argan cosmétique",
                        "Cosmetic argan oil",
                        "زيت أركان غير محمص للبشرة والشعر.",
                        "Huile d'argan non torréfiée, pour la peau et les cheveux.",
                        new Color(0xE0B04F),
                        List.of(v("100 مل", "100 ml", "100 ml", "75.00", 60))),
                new Item(
                        DemoIds.COOP_ARGAN,
                        Category.AMLOU,
                        "أملو باللوز والعسل",
                        "Amlou aux amandes et au miel",
                        "Amlou with almonds and honey",
                        "أملو تقليدي: لوز محمص، زيت أركان وعسل.",
                        "Amlou traditionnel : amandes grillées, huile d'argan et miel.",
                        new Color(0x8B5A2B),
                        List.of(v("250 غ", "250 g", "250 g", "65.00", 50), v("500 غ", "500 g", "500 g", "120.00", 30))),
                new Item(
                        DemoIds.COOP_KHOURIBGA,
                        Category.OLIVE_OIL,
                        "زيت الزيتون البكر الممتاز",
                        "Huile d'olive vierge extra",
                        "Extra virgin olive oil",
                        "زيت زيتون من عصرة باردة.",
                        "Huile d'olive de première pression à froid.",
                        new Color(0x6B7F2A),
                        List.of(v("1 ل", "1 l", "1 l", "85.00", 80), v("5 ل", "5 l", "5 l", "390.00", 12))),
                new Item(
                        DemoIds.COOP_KHOURIBGA,
                        Category.JUICE,
                        "عصير الرمان",
                        "Jus de grenade",
                        "Pomegranate juice",
                        "عصير رمان طبيعي بدون سكر مضاف.",
                        "Jus de grenade naturel, sans sucre ajouté.",
                        new Color(0xA4243B),
                        List.of(v("75 سل", "75 cl", "75 cl", "35.00", 100))),
                new Item(
                        DemoIds.COOP_KHOURIBGA,
                        Category.COUSCOUS,
                        "كسكس بلدي مفتول باليد",
                        "Couscous roulé à la main",
                        "Hand-rolled couscous",
                        "كسكس القمح الصلب، مفتول ومجفف في الشمس.",
                        "Couscous de blé dur, roulé à la main et séché au soleil.",
                        new Color(0xD9B26F),
                        List.of(v("1 كغ", "1 kg", "1 kg", "40.00", 70))),
                new Item(
                        DemoIds.COOP_KHOURIBGA,
                        Category.CARPETS,
                        "زربية من الصوف",
                        "Tapis en laine tissé main",
                        "Hand-woven wool carpet",
                        "زربية صوف بألوان طبيعية، 120 × 180 سم.",
                        "Tapis en laine aux teintures naturelles, 120 × 180 cm.",
                        new Color(0x7A3B2E),
                        List.of(v(null, null, null, "1800.00", 3))),
                new Item(
                        DemoIds.COOP_KHOURIBGA,
                        Category.TEXTILES,
                        "حنبل منسوج يدويا",
                        "Couverture tissée main",
                        "Hand-woven blanket",
                        "حنبل من الصوف والقطن.",
                        "Couverture en laine et coton.",
                        new Color(0x3E6B8A),
                        List.of(v(null, null, null, "450.00", 8))),
                new Item(
                        DemoIds.COOP_TUNISIA,
                        Category.POTTERY,
                        "قدر فخار سجنان",
                        "Marmite en poterie de Sejnane",
                        "Sejnane clay pot",
                        "فخار مصنوع باليد ومطهو على الحطب.",
                        "Poterie modelée à la main et cuite au feu de bois.",
                        new Color(0xB5651D),
                        List.of(
                                v("صغيرة", "petite", "small", "45.000", 15),
                                v("كبيرة", "grande", "large", "80.000", 6))),
                new Item(
                        DemoIds.COOP_TUNISIA,
                        Category.POTTERY,
                        "دمية سجنان",
                        "Poupée de Sejnane",
                        "Sejnane clay doll",
                        "دمية فخارية بزخارف تقليدية.",
                        "Figurine en terre aux motifs berbères.",
                        new Color(0x9C4A2F),
                        List.of(v(null, null, null, "30.000", 20))));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!settings.enabled() || products.count() > 0) {
            return;
        }
        long start = System.nanoTime();
        List<Item> items = items();
        // Drawing and scaling the photos is most of the work: both cores at once, before the database part.
        List<Photo> photos = items.parallelStream().map(this::photoOf).toList();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Photo photo = photos.get(i);
            cooperatives.find(item.cooperative()).ifPresent(coop -> add(item, coop, photo));
        }
        LOG.info(
                "Demo catalogue created: {} products with photos in {} ms",
                items.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private Photo photoOf(Item item) {
        return Photo.of(media.storeDrawn(photo(item.nameFr(), item.colour()), Photo.SIDES));
    }

    private void add(Item item, CooperativeView coop, Photo photo) {
        Product product = new Product(
                coop.id(),
                coop.currency(),
                coop.country().name(),
                coop.regionCode(),
                Labels.of(coop, item.category(), LocalDate.now()));
        product.describe(new ProductDetails(
                item.nameAr(),
                item.nameFr(),
                item.nameEn(),
                item.descriptionAr(),
                item.descriptionFr(),
                null,
                item.category(),
                null,
                item.variants()));
        List<Variant> variants = product.replaceVariants(item.variants());
        product.addPhoto(photo);
        product.publish();
        products.saveAndFlush(product);
        for (int i = 0; i < variants.size(); i++) {
            inventory.setOnHand(
                    variants.get(i).id(),
                    coop.id(),
                    LocationKind.COOPERATIVE,
                    item.variants().get(i).stock(),
                    "DEMO");
        }
    }

    /** A generated product photo: a warm gradient, a shape and the product's initial. */
    private static BufferedImage photo(String name, Color colour) {
        int size = 800;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xFBF3E6), size, size, colour.brighter()));
        g.fillRect(0, 0, size, size);
        g.setColor(colour);
        g.fillRoundRect(250, 180, 300, 460, 120, 120);
        g.setColor(colour.darker());
        g.fillRect(340, 110, 120, 90);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 180));
        String initial = name.substring(0, 1);
        g.drawString(initial, 400 - g.getFontMetrics().stringWidth(initial) / 2, 480);
        g.dispose();
        return image;
    }
}
