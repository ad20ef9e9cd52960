package org.taawun.support.handoff;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn on the server as inline SVG (no script, no style attribute: the page's security policy allows
 * neither). A suppressed count gets no bar, only a mark, since the bar's height would give its value away.
 */
public record BarChart(int width, int height, int baseline, List<Bar> bars) {

    static final int WIDTH = 720;
    static final int HEIGHT = 200;
    static final int TOP = 10;
    static final int LABELS = 24;
    static final int MAX_LABELS = 16;

    /**
     * One bar.
     *
     * @param label the text under the bar, or empty when the bars are too many to label each
     * @param title the bar's full name (shown on hover and read by screen readers)
     */
    public record Bar(int x, int y, int width, int height, String label, String title, Cell cell) {}

    static BarChart of(List<String> labels, List<String> titles, List<Cell> cells) {
        int n = cells.size();
        int baseline = HEIGHT - LABELS;
        long max = cells.stream()
                .filter(c -> !c.suppressed())
                .mapToLong(Cell::value)
                .max()
                .orElse(0);
        int slot = n == 0 ? WIDTH : Math.max(1, WIDTH / n);
        int every = Math.max(1, (n + MAX_LABELS - 1) / MAX_LABELS);
        List<Bar> bars = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Cell cell = cells.get(i);
            int barHeight;
            if (cell.suppressed()) {
                barHeight = 2;
            } else {
                barHeight = max == 0 ? 0 : (int) Math.round((double) cell.value() * (baseline - TOP) / max);
            }
            String label = i % every == 0 ? labels.get(i) : "";
            int gap = slot > 4 ? Math.max(1, slot / 6) : 0;
            bars.add(new Bar(
                    i * slot + gap,
                    baseline - barHeight,
                    Math.max(1, slot - 2 * gap),
                    barHeight,
                    label,
                    titles.get(i),
                    cell));
        }
        return new BarChart(WIDTH, HEIGHT, baseline, List.copyOf(bars));
    }
}
