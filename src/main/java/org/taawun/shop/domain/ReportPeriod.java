package org.taawun.shop.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.taawun.shared.web.InvalidFieldException;

/**
 * The days a report covers, both included, as the shop's calendar counts them (its days start at midnight in its time
 * zone). At most {@value #MAX_DAYS} days, so that a report reads a bounded number of rows; by default the last 30 days
 * up to today.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_DAYS = 30;

    public ReportPeriod {
        if (from == null) {
            throw new InvalidFieldException("from", "shop-reports.error.date");
        }
        if (to == null) {
            throw new InvalidFieldException("to", "shop-reports.error.date");
        }
        if (from.isAfter(to)) {
            throw new InvalidFieldException("to", "shop-reports.error.period-order");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidFieldException("to", "shop-reports.error.period-too-long", String.valueOf(MAX_DAYS));
        }
    }

    /** The last {@value #DEFAULT_DAYS} days up to today in that zone. */
    public static ReportPeriod lastDays(ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        return new ReportPeriod(today.minusDays(DEFAULT_DAYS - 1), today);
    }

    /** A period from the form's two dates (ISO, as a date field sends them); a blank one takes its default. */
    public static ReportPeriod parse(String from, String to, ZoneId zone) {
        ReportPeriod fallback = lastDays(zone);
        return new ReportPeriod(date("from", from, fallback.from()), date("to", to, fallback.to()));
    }

    private static LocalDate date(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "shop-reports.error.date");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first moment of the period in the zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in the zone. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
