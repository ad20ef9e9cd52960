package org.taawun.settlement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A journal entry to book, made once per source event ({@code source}, {@code sourceId}): its postings sum to zero
 * in each currency (checked here and again by the database at commit). Postings of zero are left out.
 */
public record JournalEntry(
        EntryKind kind,
        String source,
        String sourceId,
        UUID cooperativeId,
        Instant occurredAt,
        UUID reverses,
        List<Posting> postings) {

    public JournalEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        postings = postings.stream().filter(p -> p.amount().signum() != 0).toList();
        Map<String, BigDecimal> sums = sums(postings);
        sums.forEach((currency, sum) -> {
            if (sum.signum() != 0) {
                throw new IllegalArgumentException(
                        "entry " + source + ":" + sourceId + " is off by " + sum + " " + currency);
            }
        });
    }

    /** The sum of the postings per currency (zero for every currency of a valid entry). */
    public static Map<String, BigDecimal> sums(List<Posting> postings) {
        return postings.stream()
                .collect(Collectors.groupingBy(
                        p -> p.account().currency(),
                        Collectors.reducing(BigDecimal.ZERO, Posting::amount, BigDecimal::add)));
    }
}
