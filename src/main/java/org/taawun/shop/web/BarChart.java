package org.taawun.shop.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;
import org.taawun.shared.text.Isolates;

/**
 * A bar chart drawn on the server as inline SVG (no script, no library): columns along a time axis, or horizontal bars
 * for a ranking. The drawing is laid out for a left-to-right page and mirrored for a right-to-left one: in Arabic the
 * time axis runs from right to left, the bars grow leftwards, and the root's {@code direction="rtl"} makes each
 * label's {@code text-anchor} read the other way, so that labels still sit against their bar. Every label is isolated
 * (FSI … PDI) so that a French name or a number keeps its own direction inside Arabic text. The chart is 360 units
 * wide and scales with its viewBox to the width of its container; it names itself ({@code role="img"},
 * {@code <title>}) and its page shows the same figures in a table. Only presentation attributes are used: the pages'
 * content security policy refuses inline styles. Empty data or all-zero values draw an empty axis, never NaN.
 */
final class BarChart {

    /** One bar: its label, its value (not negative: drawn from zero), and the value as the page writes it. */
    record Bar(String label, BigDecimal value, String valueText) {}

    static final int WIDTH = 360;
    private static final int COLUMN_HEIGHT = 180;
    private static final int AXIS_LABELS = 6;
    private static final int ROW_HEIGHT = 26;
    private static final int LABEL_WIDTH = 120;
    private static final int VALUE_WIDTH = 80;
    private static final int PAD = 4;
    private static final String BAR_COLOUR = "#2f6f4e";
    private static final String AXIS_COLOUR = "#8a8a8a";
    private static final String TEXT_COLOUR = "#222222";

    private BarChart() {}

    /**
     * Columns in the order given (the first is the earliest day), at most {@value #AXIS_LABELS} of their labels
     * written under the axis (the first, the last and evenly between), and the largest value at the top.
     */
    static String columns(String id, String title, List<Bar> bars, boolean rightToLeft) {
        Svg svg = new Svg(id, title, COLUMN_HEIGHT, rightToLeft);
        int top = 18;
        int bottom = COLUMN_HEIGHT - 22;
        int left = PAD;
        int plot = WIDTH - 2 * PAD;
        BigDecimal max = max(bars);
        svg.line(left, bottom, left + plot, bottom);
        if (max.signum() > 0) {
            svg.text(
                    left,
                    12,
                    "start",
                    bars.stream()
                            .filter(b -> b.value().compareTo(max) == 0)
                            .findFirst()
                            .map(Bar::valueText)
                            .orElse(""));
        }
        if (bars.isEmpty()) {
            return svg.end();
        }
        double step = (double) plot / bars.size();
        double width = Math.max(1, step * 0.7);
        int every = Math.max(1, (int) Math.ceil(bars.size() / (double) AXIS_LABELS));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double height = scale(bar.value(), max, bottom - top);
            double x = left + i * step + (step - width) / 2;
            svg.rect(x, bottom - height, width, height, bar.label() + " " + bar.valueText());
            if (labelled(i, bars.size(), every)) {
                axisLabel(svg, i, bars.size(), x, width, bar.label());
            }
        }
        return svg.end();
    }

    /** Horizontal bars in the order given (the largest first, as a ranking reads): label, bar, value. */
    static String rows(String id, String title, List<Bar> bars, boolean rightToLeft) {
        int height = Math.max(1, bars.size()) * ROW_HEIGHT + PAD;
        Svg svg = new Svg(id, title, height, rightToLeft);
        BigDecimal max = max(bars);
        int start = LABEL_WIDTH + PAD;
        int plot = WIDTH - start - VALUE_WIDTH;
        svg.line(start, 0, start, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW_HEIGHT + PAD;
            double length = scale(bar.value(), max, plot);
            svg.text(LABEL_WIDTH, y + 16, "end", shorten(bar.label(), 18));
            svg.rect(start, y + 3, length, ROW_HEIGHT - 8, bar.label() + " " + bar.valueText());
            svg.text(start + length + PAD, y + 16, "start", bar.valueText());
        }
        return svg.end();
    }

    /** Under its column; the first and the last start and end at their column, so that the chart's edge never cuts them. */
    private static void axisLabel(Svg svg, int i, int count, double x, double width, String label) {
        if (i == 0) {
            svg.text(x, COLUMN_HEIGHT - 6, "start", label);
        } else if (i == count - 1) {
            svg.text(x + width, COLUMN_HEIGHT - 6, "end", label);
        } else {
            svg.text(x + width / 2, COLUMN_HEIGHT - 6, "middle", label);
        }
    }

    /** Every {@code every}-th label from the first, and the last unless it would touch the one before it. */
    private static boolean labelled(int i, int count, int every) {
        if (i % every == 0) {
            return true;
        }
        return i == count - 1 && i % every >= (every + 1) / 2;
    }

    private static BigDecimal max(List<Bar> bars) {
        return bars.stream()
                .map(Bar::value)
                .filter(v -> v != null && v.signum() > 0)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }

    /** The value's share of {@code length}: 0 when there is nothing to compare with (never a division by zero). */
    private static double scale(BigDecimal value, BigDecimal max, int length) {
        if (value == null || value.signum() <= 0 || max.signum() <= 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(length))
                .divide(max, 2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static String shorten(String label, int max) {
        return label.codePointCount(0, label.length()) <= max
                ? label
                : label.substring(0, label.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** The SVG text being written; x positions are given for a left-to-right page and mirrored for the other. */
    private static final class Svg {

        private final StringBuilder out = new StringBuilder();
        private final boolean rightToLeft;

        Svg(String id, String title, int height, boolean rightToLeft) {
            this.rightToLeft = rightToLeft;
            String titleId = escape(id) + "-title";
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"100%\"")
                    .append(" viewBox=\"0 0 ")
                    .append(WIDTH)
                    .append(' ')
                    .append(height)
                    .append("\" preserveAspectRatio=\"xMidYMin meet\" direction=\"")
                    .append(rightToLeft ? "rtl" : "ltr")
                    .append("\" font-family=\"sans-serif\" font-size=\"11\" fill=\"")
                    .append(TEXT_COLOUR)
                    .append("\" aria-labelledby=\"")
                    .append(titleId)
                    .append("\"><title id=\"")
                    .append(titleId)
                    .append("\">")
                    .append(escape(Isolates.isolate(title)))
                    .append("</title>");
        }

        void line(double x1, double y1, double x2, double y2) {
            out.append("<line x1=\"")
                    .append(number(x(x1)))
                    .append("\" y1=\"")
                    .append(number(y1))
                    .append("\" x2=\"")
                    .append(number(x(x2)))
                    .append("\" y2=\"")
                    .append(number(y2))
                    .append("\" stroke=\"")
                    .append(AXIS_COLOUR)
                    .append("\"/>");
        }

        void rect(double x, double y, double width, double height, String tooltip) {
            out.append("<rect x=\"")
                    .append(number(rightToLeft ? WIDTH - x - width : x))
                    .append("\" y=\"")
                    .append(number(y))
                    .append("\" width=\"")
                    .append(number(width))
                    .append("\" height=\"")
                    .append(number(height))
                    .append("\" fill=\"")
                    .append(BAR_COLOUR)
                    .append("\"><title>")
                    .append(escape(Isolates.isolate(tooltip)))
                    .append("</title></rect>");
        }

        /**
         * A label whose anchor is logical: "end" puts its end against x (its right edge on a left-to-right page, its
         * left edge on a right-to-left one, where x is mirrored too).
         */
        void text(double x, double y, String anchor, String text) {
            out.append("<text x=\"")
                    .append(number(x(x)))
                    .append("\" y=\"")
                    .append(number(y))
                    .append("\" text-anchor=\"")
                    .append(anchor)
                    .append("\">")
                    .append(escape(Isolates.isolate(text)))
                    .append("</text>");
        }

        String end() {
            return out.append("</svg>").toString();
        }

        private double x(double x) {
            return rightToLeft ? WIDTH - x : x;
        }

        private static String number(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }

        private static String escape(String text) {
            return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
        }
    }
}
