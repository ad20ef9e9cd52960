package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.taawun.catalog.VariantLabel;
import org.taawun.shop.domain.TillCatalogue;
import tools.jackson.databind.json.JsonMapper;

/**
 * The measure: the till page and a catalogue of 5,000 items under 150 KB compressed. The catalogue here has
 * random ids, consecutive shop codes, one item in five with an EAN-13 SKU, products of one to four sizes named from
 * Arabic and French words, at round prices (seeded, so the size is the same at every run); the page's script and
 * stylesheets are measured, its HTML estimated. Random ids alone take about 80 KB: they cannot be compressed.
 */
class TillCatalogueSizeTest {

    private static final String[] AR = {
        "زيت", "أركان", "تجميلي", "غذائي", "أملو", "كسكس", "شعير", "عسل", "زعتر", "صابون", "بلدي", "زربية", "فخار",
        "طاجين", "رمان", "عصير", "ورد", "ماء", "خزامى", "حناء"
    };
    private static final String[] FR = {
        "huile",
        "argan",
        "cosmétique",
        "alimentaire",
        "amlou",
        "couscous",
        "orge",
        "miel",
        "thym",
        "savon",
        "beldi",
        "tapis",
        "poterie",
        "tajine",
        "grenade",
        "jus",
        "rose",
        "eau",
        "lavande",
        "henné"
    };
    private static final String[] SIZES = {"250 مل", "500 g", "1 kg", "100 ml", "S", "M", "L"};
    private static final int[] PRICES = {20, 35, 45, 60, 80, 95, 120, 150, 250, 400, 900};
    private static final String[] PAGE_FILES = {
        "static/js/till.js", "static/js/app.js", "static/css/till.css", "static/css/app.css"
    };
    /** The page's HTML with its texts and addresses (about 10 KB, 3.5 KB compressed). */
    private static final int HTML_BYTES = 4_000;

    @Test
    void fiveThousandItemsWithThePageStayUnder150KilobytesCompressed() throws IOException {
        Random random = new Random(12);
        List<TillCatalogue.Item> items = new ArrayList<>();
        while (items.size() < 5000) {
            String nameAr = words(random, AR);
            String nameFr = words(random, FR);
            int price = PRICES[random.nextInt(PRICES.length)];
            for (int v = 1 + random.nextInt(4); v > 0 && items.size() < 5000; v--) {
                String size = SIZES[random.nextInt(SIZES.length)];
                items.add(new TillCatalogue.Item(
                        new UUID(random.nextLong(), random.nextLong()),
                        "2" + String.format("%011d", 1000 + items.size()),
                        random.nextInt(5) == 0 ? String.format("611%010d", random.nextInt(1_000_000_000)) : null,
                        nameAr,
                        nameFr,
                        VariantLabel.written(size).in("ar"),
                        size,
                        BigDecimal.valueOf((long) price * v * 100, 2).toPlainString(),
                        random.nextInt(40)));
            }
        }
        TillCatalogue catalogue = TillCatalogue.of(UUID.randomUUID(), "MAD", BigDecimal.TEN, items);

        int compressed = gzipped(JsonMapper.builder().build().writeValueAsBytes(catalogue));
        int page = HTML_BYTES;
        for (String file : PAGE_FILES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                page += gzipped(in.readAllBytes());
            }
        }

        System.out.println(
                "till catalogue of 5,000 items: " + compressed + " bytes, page " + page + " bytes, gzip-compressed");
        assertThat(compressed + page).isLessThan(150 * 1024);
    }

    private static String words(Random random, String[] words) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            name.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return name.toString();
    }

    private static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
