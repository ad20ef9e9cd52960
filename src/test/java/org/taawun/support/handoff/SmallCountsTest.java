package org.taawun.support.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts below 5 are hidden, and never alone in a column whose total is known. */
class SmallCountsTest {

    @Test
    void aSmallCountIsHiddenWithTheNextSmallestSoThatTheTotalGivesNothingAway() {
        SmallCounts.Column column = SmallCounts.suppress(List.of(10L, 3L, 20L));
        assertThat(column.cells()).containsExactly(new Cell(10, true), new Cell(3, true), new Cell(20, false));
        assertThat(column.total()).isEqualTo(new Cell(33, false));
    }

    @Test
    void twoSmallCountsHideEachOther() {
        SmallCounts.Column column = SmallCounts.suppress(List.of(10L, 3L, 2L));
        assertThat(column.cells()).extracting(Cell::suppressed).containsExactly(false, true, true);
        assertThat(column.total()).isEqualTo(new Cell(15, false));
    }

    @Test
    void aSmallTotalIsHiddenToo() {
        SmallCounts.Column column = SmallCounts.suppress(List.of(0L, 3L, 0L));
        assertThat(column.cells()).extracting(Cell::suppressed).containsExactly(false, true, false);
        assertThat(column.total().suppressed()).isTrue();
    }

    @Test
    void zerosAndCountsOfFiveOrMoreAreShown() {
        SmallCounts.Column column = SmallCounts.suppress(List.of(0L, 5L, 12L));
        assertThat(column.cells()).noneMatch(Cell::suppressed);
        assertThat(column.total()).isEqualTo(new Cell(17, false));
        assertThat(SmallCounts.suppress(List.of()).total()).isEqualTo(new Cell(0, false));
    }
}
