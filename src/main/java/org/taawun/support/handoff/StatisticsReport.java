package org.taawun.support.handoff;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.AccessGuard;
import org.taawun.identity.Role;
import org.taawun.shared.web.InvalidFieldException;

/**
 * The support statistics for a period, for administrators and counsellors: conversations and hand-offs per day,
 * topics reached, regions picked and languages, every count below 5 suppressed (see {@link SmallCounts}).
 */
@Service
public class StatisticsReport {

    /** The longest period one report covers. */
    public static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;
    private final AccessGuard guard;

    StatisticsReport(JdbcClient jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** One row of a table: its key (a day, an intent name, a region code, a language) and its count. */
    public record Row(String key, Cell cell) {

        /** The day of a row of a per-day table. */
        public LocalDate day() {
            return LocalDate.parse(key);
        }
    }

    /** A table of one breakdown, rows in the order of their keys. */
    public record Table(List<Row> rows, Cell total) {

        static Table of(Map<String, Long> counts) {
            List<String> keys = counts.keySet().stream().sorted().toList();
            SmallCounts.Column column =
                    SmallCounts.suppress(keys.stream().map(counts::get).toList());
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                rows.add(new Row(keys.get(i), column.cells().get(i)));
            }
            return new Table(List.copyOf(rows), column.total());
        }
    }

    /**
     * The report.
     *
     * @param conversations conversations started per day of the period (every day, zeros included)
     * @param handoffs hand-offs requested per day
     * @param topics topics reached, per intent name
     * @param regions topics reached per region code (empty key: no region picked)
     */
    public record Report(
            LocalDate from,
            LocalDate to,
            Table conversations,
            Table handoffs,
            Table topics,
            Table regions,
            Table languages,
            BarChart chart) {}

    @Transactional(readOnly = true)
    public Report report(LocalDate from, LocalDate to) {
        guard.currentUser()
                .filter(u -> u.has(Role.COUNSELLOR) || u.has(Role.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("counsellors and administrators only"));
        if (from.isAfter(to)) {
            throw new InvalidFieldException("from", "support-handoff.stats.error.order");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidFieldException("to", "support-handoff.stats.error.too-long", MAX_DAYS);
        }
        Table conversations = Table.of(perDay(SupportStatistics.Measure.CONVERSATION, from, to));
        Table handoffs = Table.of(perDay(SupportStatistics.Measure.HANDOFF, from, to));
        return new Report(
                from,
                to,
                conversations,
                handoffs,
                Table.of(grouped("topic", SupportStatistics.Measure.TOPIC, from, to)),
                Table.of(grouped("region_code", SupportStatistics.Measure.TOPIC, from, to)),
                Table.of(grouped("language", SupportStatistics.Measure.CONVERSATION, from, to)),
                chart(conversations));
    }

    private Map<String, Long> perDay(SupportStatistics.Measure measure, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            counts.put(day.toString(), 0L);
        }
        counts.putAll(grouped("day", measure, from, to));
        return counts;
    }

    /** Sums per value of one column; the column is one of this class's constants, never a caller's text. */
    private Map<String, Long> grouped(String column, SupportStatistics.Measure measure, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select " + column + "::text, sum(count) from support.daily_counts"
                        + " where measure = ? and day between ? and ? group by 1")
                .params(measure.name(), Date.valueOf(from), Date.valueOf(to))
                .query((RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    private static BarChart chart(Table perDay) {
        List<String> labels = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (Row row : perDay.rows()) {
            labels.add(String.valueOf(row.day().getDayOfMonth()));
            titles.add(row.key());
            cells.add(row.cell());
        }
        return BarChart.of(labels, titles, cells);
    }
}
