package org.taawun.ordering.domain;

import java.time.Year;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Order numbers (one sequence) and part numbers, sequential per cooperative and year, gap-free under concurrency. */
@Component
class PartNumbers {

    private final JdbcClient jdbc;

    PartNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextOrder(int year) {
        long n = jdbc.sql("select nextval('ordering.order_numbers')")
                .query(Long.class)
                .single();
        return "T" + year + "-" + String.format("%06d", n);
    }

    /**
     * A part's number: the year and the sequence of its cooperative's counter make it unique (with the cooperative, in
     * the database's unique index); the slug's first word is only a readable prefix, shared by cooperatives whose
     * slugs start alike.
     */
    record PartNumber(int year, int sequence, String text) {}

    /** Counts in the caller's transaction: the row stays locked until it commits, so numbers never repeat. */
    PartNumber nextPart(UUID cooperativeId, String slug, int year) {
        int n = jdbc.sql("insert into ordering.part_counters (cooperative_id, year, next_value) values (?, ?, 2)"
                        + " on conflict (cooperative_id, year) do update set next_value ="
                        + " ordering.part_counters.next_value + 1 returning next_value - 1")
                .params(cooperativeId, year)
                .query(Integer.class)
                .single();
        return new PartNumber(year, n, prefix(slug) + "-" + year + "-" + String.format("%04d", n));
    }

    static int thisYear() {
        return Year.now().getValue();
    }

    private static String prefix(String slug) {
        String first = slug.split("-")[0].toUpperCase(Locale.ROOT);
        return first.length() > 8 ? first.substring(0, 8) : first;
    }
}
