package org.taawun.settlement.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books journal entries, once each: the entry's row is inserted with {@code on conflict do nothing} on its (source,
 * source id), in the caller's transaction, and its lines and the accounts' balances follow only when that row is new.
 * So an event delivered twice, or replayed after a crash, books nothing the second time. Balances are updated in
 * account id order, so two bookings never wait on each other in a circle.
 */
@Component
class Ledger {

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Books the entry; its id, or empty when its source event was booked before (nothing changes then). */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<UUID> book(JournalEntry entry) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("insert into settlement.entries (id, kind, source, source_id, cooperative_id,"
                        + " occurred_at, booked_at, reverses) values (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (source, source_id) do nothing")
                .params(
                        id,
                        entry.kind().name(),
                        entry.source(),
                        entry.sourceId(),
                        entry.cooperativeId(),
                        Timestamp.from(entry.occurredAt()),
                        Timestamp.from(Instant.now()),
                        entry.reverses())
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        List<Posting> postings = entry.postings();
        for (int i = 0; i < postings.size(); i++) {
            Posting p = postings.get(i);
            jdbc.sql("insert into settlement.entry_lines (entry_id, position, account_id, currency, amount)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(id, i + 1, accountId(p.account()), p.account().currency(), p.amount())
                    .update();
        }
        postings.stream()
                .map(p -> new Object[] {accountId(p.account()), p.amount()})
                .sorted(Comparator.comparingLong(o -> (Long) o[0]))
                .forEach(o -> jdbc.sql("update settlement.accounts set balance = balance + ? where id = ?")
                        .params(o[1], o[0])
                        .update());
        return Optional.of(id);
    }

    /** Whether the source event was booked. */
    @Transactional(readOnly = true)
    boolean booked(String source, String sourceId) {
        return entryId(source, sourceId).isPresent();
    }

    @Transactional(readOnly = true)
    Optional<UUID> entryId(String source, String sourceId) {
        return jdbc.sql("select id from settlement.entries where source = ? and source_id = ?")
                .params(source, sourceId)
                .query(UUID.class)
                .optional();
    }

    /** The postings of a booked entry, in order (to reverse it exactly). */
    @Transactional(readOnly = true)
    List<Posting> postings(UUID entryId) {
        return jdbc.sql("select a.kind, a.cooperative_id, a.shop_id, a.currency, l.amount"
                        + " from settlement.entry_lines l join settlement.accounts a on a.id = l.account_id"
                        + " where l.entry_id = ? order by l.position")
                .param(entryId)
                .query((rs, i) -> new Posting(
                        new Account(
                                AccountKind.valueOf(rs.getString(1)),
                                rs.getObject(2, UUID.class),
                                rs.getObject(3, UUID.class),
                                rs.getString(4)),
                        rs.getBigDecimal(5)
                                .setScale(Rounding.scale(rs.getString(4)), java.math.RoundingMode.UNNECESSARY)))
                .list();
    }

    /** The account's id, made the first time it is used. */
    long accountId(Account account) {
        jdbc.sql("insert into settlement.accounts (kind, cooperative_id, shop_id, currency) values (?, ?, ?, ?)"
                        + " on conflict (kind, cooperative_id, shop_id, currency) do nothing")
                .params(account.kind().name(), account.cooperativeId(), account.shopId(), account.currency())
                .update();
        return jdbc.sql("select id from settlement.accounts where kind = ? and cooperative_id is not distinct from ?"
                        + " and shop_id is not distinct from ? and currency = ?")
                .params(account.kind().name(), account.cooperativeId(), account.shopId(), account.currency())
                .query(Long.class)
                .single();
    }

    /** The account's balance, its row locked until the transaction ends (zero when it was never used). */
    @Transactional(propagation = Propagation.MANDATORY)
    BigDecimal lockBalance(Account account) {
        return jdbc.sql("select balance from settlement.accounts where id = ? for update")
                .param(accountId(account))
                .query(BigDecimal.class)
                .single();
    }
}
