package org.taawun.shop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The server-drawn chart: well-formed SVG naming itself, mirrored in right-to-left (the time axis runs from the right,
 * bars grow leftwards), every label isolated and escaped, and no NaN nor infinity for empty or all-zero data.
 */
class BarChartTest {

    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    @Test
    void columnsRunLeftToRightOrRightToLeftWithTheLanguage() throws Exception {
        List<BarChart.Bar> days = List.of(bar("1/11", "10"), bar("2/11", "20"), bar("3/11", "5"));

        List<Double> ltr = rectXs(parse(BarChart.columns("d", "Ventes", days, false)));
        List<Double> rtl = rectXs(parse(BarChart.columns("d", "المبيعات", days, true)));

        assertThat(ltr).isSortedAccordingTo(Double::compare);
        assertThat(rtl.get(0)).isGreaterThan(rtl.get(1));
        assertThat(rtl.get(1)).isGreaterThan(rtl.get(2));
        // mirror images: the first day's column on the right edge in Arabic where it is on the left in French
        for (int i = 0; i < days.size(); i++) {
            double width = width(parse(BarChart.columns("d", "t", days, false)), i);
            assertThat(rtl.get(i))
                    .isCloseTo(BarChart.WIDTH - ltr.get(i) - width, org.assertj.core.data.Offset.offset(0.11));
        }
        Element root = parse(BarChart.columns("d", "المبيعات", days, true)).getDocumentElement();
        assertThat(root.getAttribute("direction")).isEqualTo("rtl");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 360 ");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("d-title");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(FSI + "المبيعات" + PDI);
        // the tallest column is the second one, full height
        List<Double> heights = heights(parse(BarChart.columns("d", "t", days, true)));
        assertThat(heights.get(1)).isGreaterThan(heights.get(0)).isGreaterThan(heights.get(2));
    }

    @Test
    void rowsGrowFromTheLabelsTowardsTheOtherSide() throws Exception {
        List<BarChart.Bar> coops = List.of(bar("Tiwizi", "300"), bar("Nour", "100"));

        Document ltr = parse(BarChart.rows("c", "t", coops, false));
        Document rtl = parse(BarChart.rows("c", "t", coops, true));

        double ltrStart = rectXs(ltr).get(0);
        double rtlEnd = rectXs(rtl).get(0) + width(rtl, 0);
        assertThat(rtlEnd).isCloseTo(BarChart.WIDTH - ltrStart, org.assertj.core.data.Offset.offset(0.11));
        assertThat(width(rtl, 0)).isGreaterThan(width(rtl, 1));
        // the label's end touches its bar on both sides: anchored "end" at the label column's edge
        Element label = (Element) rtl.getElementsByTagName("text").item(0);
        assertThat(label.getAttribute("text-anchor")).isEqualTo("end");
        assertThat(Double.parseDouble(label.getAttribute("x"))).isGreaterThan(rtlEnd);
    }

    @Test
    void everyLabelIsIsolatedAndEscaped() throws Exception {
        String svg = BarChart.rows(
                "c", "<script>", List.of(bar("Coop <b>&amp; \"Nour\"</b>", "12"), bar("تعاونية", "3")), true);

        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>");
        NodeList texts = parse(svg).getElementsByTagName("text");
        assertThat(texts.getLength()).isEqualTo(4);
        for (int i = 0; i < texts.getLength(); i++) {
            String text = texts.item(i).getTextContent();
            assertThat(text).startsWith(String.valueOf(FSI)).endsWith(String.valueOf(PDI));
        }
        assertThat(texts.item(0).getTextContent()).isEqualTo(FSI + "Coop <b>&amp; \"No…" + PDI);
    }

    @Test
    void emptyOrAllZeroDataDrawAnEmptyChartWithoutNaN() throws Exception {
        List<String> charts = new ArrayList<>();
        charts.add(BarChart.columns("a", "t", List.of(), true));
        charts.add(BarChart.rows("b", "t", List.of(), false));
        charts.add(BarChart.columns("c", "t", List.of(bar("1/11", "0"), bar("2/11", "0")), false));
        charts.add(BarChart.rows("d", "t", List.of(bar("x", "0"), bar("y", "-5")), true));
        for (String svg : charts) {
            assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity");
            parse(svg);
        }
        assertThat(heights(parse(charts.get(2)))).containsOnly(0.0);
    }

    @Test
    void aMonthOfDaysWritesAFewLabelsIncludingTheFirstAndFitsTheWidth() throws Exception {
        List<BarChart.Bar> days = IntStream.rangeClosed(1, 31)
                .mapToObj(d -> bar(d + "/12", String.valueOf(d)))
                .toList();
        Document svg = parse(BarChart.columns("d", "t", days, false));
        NodeList texts = svg.getElementsByTagName("text");
        // the largest value on top, then at most seven day labels
        assertThat(texts.getLength()).isBetween(4, 8);
        assertThat(texts.item(1).getTextContent()).isEqualTo(FSI + "1/12" + PDI);
        // the edges' labels stay inside the chart: the first starts at its column, the last ends at its column
        assertThat(((Element) texts.item(1)).getAttribute("text-anchor")).isEqualTo("start");
        Element last = (Element) texts.item(texts.getLength() - 1);
        assertThat(last.getTextContent()).isEqualTo(FSI + "31/12" + PDI);
        assertThat(last.getAttribute("text-anchor")).isEqualTo("end");
        for (double x : rectXs(svg)) {
            assertThat(x).isBetween(0.0, (double) BarChart.WIDTH);
        }
    }

    private static BarChart.Bar bar(String label, String value) {
        return new BarChart.Bar(label, new BigDecimal(value), value + " MAD");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Double> rectXs(Document svg) {
        return attributes(svg, "x");
    }

    private static List<Double> heights(Document svg) {
        return attributes(svg, "height");
    }

    private static double width(Document svg, int index) {
        return attributes(svg, "width").get(index);
    }

    private static List<Double> attributes(Document svg, String name) {
        NodeList rects = svg.getElementsByTagName("rect");
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            values.add(Double.parseDouble(((Element) rects.item(i)).getAttribute(name)));
        }
        return values;
    }
}
