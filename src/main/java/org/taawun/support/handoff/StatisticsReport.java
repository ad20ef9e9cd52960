package org.taawun.support.handoff;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.AccessGuard;
import org.taawun.identity.Role;
import org.taawun.shared.web.InvalidFieldException;

/**
 * The support statistics, for administrators and counsellors, every count below 5 suppressed (see {@link SmallCounts}).
 * Only whole, ended calendar periods are reported, so that no two reports overlap in part and none grows day by day:
 * a month (conversations and hand-offs per day; topics, regions and languages of the month) or a year (conversations
 * and hand-offs per ended month, no breakdown: a year's breakdown minus its months' would give small counts away).
 * Subtracting one report from another then gives only what a report already shows.
 */
@Service
public class StatisticsReport {

    private final JdbcClient jdbc;
    private final AccessGuard guard;
    private final Clock clock;

    StatisticsReport(JdbcClient jdbc, AccessGuard guard, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** One row of a table: its key (a day, a month, an intent name, a region code, a language) and its count. */
    public record Row(String key, Cell cell) {

        /** The day of a row of a per-day table. */
        public LocalDate day() {
            return LocalDate.parse(key);
        }

        /** The month of a row of a per-month table. */
        public YearMonth month() {
            return YearMonth.parse(key);
        }
    }

    /** A table of one breakdown, rows in the order of their keys. */
    public record Table(List<Row> rows, Cell total) {

        static Table of(Map<String, Long> counts) {
            return of(counts, SmallCounts::suppress);
        }

        static Table of(Map<String, Long> counts, Function<List<Long>, SmallCounts.Column> suppression) {
            List<String> keys = counts.keySet().stream().sorted().toList();
            SmallCounts.Column column =
                    suppression.apply(keys.stream().map(counts::get).toList());
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
     * @param perMonth whether the rows are months (a year's report) rather than days (a month's)
     * @param conversations conversations started per day (or month) of the period, zeros included
     * @param handoffs hand-offs requested per day (or month)
     * @param topics topics reached, per intent name (null in a year's report)
     * @param regions topics reached per region code (empty key: no region picked; null in a year's report)
     * @param languages conversations per language (null in a year's report)
     */
    public record Report(
            LocalDate from,
            LocalDate to,
            boolean perMonth,
            Table conversations,
            Table handoffs,
            Table topics,
            Table regions,
            Table languages,
            BarChart chart) {}

    /** The last month that has ended: the default report. */
    public YearMonth lastEndedMonth() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1);
    }

    /** A month that has ended, per day. */
    @Transactional(readOnly = true)
    public Report month(YearMonth month) {
        requireReader();
        if (!month.isBefore(YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new InvalidFieldException("month", "support-handoff.stats.error.not-ended");
        }
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Table conversations = Table.of(perDay(SupportStatistics.Measure.CONVERSATION, from, to));
        Table handoffs = Table.of(perDay(SupportStatistics.Measure.HANDOFF, from, to));
        return new Report(
                from,
                to,
                false,
                conversations,
                handoffs,
                Table.of(grouped("topic", SupportStatistics.Measure.TOPIC, from, to)),
                Table.of(grouped("region_code", SupportStatistics.Measure.TOPIC, from, to)),
                Table.of(grouped("language", SupportStatistics.Measure.CONVERSATION, from, to)),
                chart(conversations, false));
    }

    /** The ended months of a year (the current year up to last month), per month. */
    @Transactional(readOnly = true)
    public Report year(Year year) {
        requireReader();
        YearMonth last = lastEndedMonth();
        if (year.getValue() > last.getYear()) {
            throw new InvalidFieldException("year", "support-handoff.stats.error.not-ended");
        }
        LocalDate from = year.atDay(1);
        LocalDate to = year.getValue() == last.getYear()
                ? last.atEndOfMonth()
                : year.atMonth(12).atEndOfMonth();
        Table conversations =
                Table.of(perMonth(SupportStatistics.Measure.CONVERSATION, from, to), SmallCounts::suppressTotal);
        Table handoffs = Table.of(perMonth(SupportStatistics.Measure.HANDOFF, from, to), SmallCounts::suppressTotal);
        return new Report(from, to, true, conversations, handoffs, null, null, null, chart(conversations, true));
    }

    private void requireReader() {
        guard.currentUser()
                .filter(u -> u.has(Role.COUNSELLOR) || u.has(Role.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("counsellors and administrators only"));
    }

    private Map<String, Long> perDay(SupportStatistics.Measure measure, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            counts.put(day.toString(), 0L);
        }
        counts.putAll(grouped("day", measure, from, to));
        return counts;
    }

    private Map<String, Long> perMonth(SupportStatistics.Measure measure, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new HashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            counts.put(m.toString(), 0L);
        }
        counts.putAll(grouped("to_char(day, 'YYYY-MM')", measure, from, to));
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

    private static BarChart chart(Table rows, boolean perMonth) {
        List<String> labels = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (Row row : rows.rows()) {
            labels.add(String.valueOf(
                    perMonth ? row.month().getMonthValue() : row.day().getDayOfMonth()));
            titles.add(row.key());
            cells.add(row.cell());
        }
        return BarChart.of(labels, titles, cells);
    }
}
