package org.taawun.support.handoff;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression of the statistics: a count from 1 to 4 could point at a person in a small region or on a
 * quiet day, so it is shown as "<5". A column whose total is known (shown here or in another table) must not let one
 * work a suppressed count back out: when only one cell is suppressed, the next smallest count is suppressed too, or,
 * when there is none, the total. Where the cells are themselves shown elsewhere (the months of a year are the totals
 * of the months' own reports), a second cell would be no secret: {@link #suppressTotal} hides the total instead.
 */
final class SmallCounts {

    static final int THRESHOLD = 5;

    private SmallCounts() {}

    /** A column of counts after suppression, with its total. */
    record Column(List<Cell> cells, Cell total) {}

    static Column suppress(List<Long> values) {
        return suppress(values, true);
    }

    /** As {@link #suppress(List)}, but a single suppressed cell hides the total, never a second cell. */
    static Column suppressTotal(List<Long> values) {
        return suppress(values, false);
    }

    private static Column suppress(List<Long> values, boolean partners) {
        boolean[] hidden = new boolean[values.size()];
        int hiddenCount = 0;
        long total = 0;
        for (int i = 0; i < values.size(); i++) {
            long value = values.get(i);
            total += value;
            hidden[i] = small(value);
            if (hidden[i]) {
                hiddenCount++;
            }
        }
        boolean totalHidden = small(total);
        if (hiddenCount == 1) {
            int partner = partners ? smallestShown(values, hidden) : -1;
            if (partner >= 0) {
                hidden[partner] = true;
            } else {
                totalHidden = true;
            }
        }
        List<Cell> cells = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            cells.add(new Cell(values.get(i), hidden[i]));
        }
        return new Column(List.copyOf(cells), new Cell(total, totalHidden));
    }

    private static boolean small(long value) {
        return value > 0 && value < THRESHOLD;
    }

    private static int smallestShown(List<Long> values, boolean[] hidden) {
        int best = -1;
        for (int i = 0; i < values.size(); i++) {
            if (!hidden[i] && values.get(i) > 0 && (best < 0 || values.get(i) < values.get(best))) {
                best = i;
            }
        }
        return best;
    }
}
