package org.taawun.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.TaawunTest;

/**
 * The database holds the journal's rules even against code that skips {@link JournalEntry}: lines that do not sum to
 * zero per currency fail at commit, and an entry or a line is never updated nor deleted.
 */
@TaawunTest
class JournalConstraintsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Ledger ledger;

    @Test
    void unbalancedLinesFailAtCommitAndChangeNothing() {
        UUID entry = UUID.randomUUID();
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
                    insertEntry(entry);
                    long account = ledger.accountId(Account.platformCommission("MAD"));
                    jdbc.sql("insert into settlement.entry_lines (entry_id, position, account_id, currency, amount)"
                                    + " values (?, 0, ?, 'MAD', 5.00)")
                            .params(entry, account)
                            .update();
                }))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("does not sum to zero");
        assertThat(jdbc.sql("select count(*) from settlement.entries where id = ?")
                        .param(entry)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theJournalIsNeverEdited() {
        UUID entry = UUID.randomUUID();
        transactions.executeWithoutResult(s -> ledger.book(new JournalEntry(
                EntryKind.PAYOUT,
                "test",
                entry.toString(),
                null,
                Instant.now(),
                null,
                java.util.List.of(
                        Posting.debit(Account.platformPayouts("TND"), new BigDecimal("1.500")),
                        Posting.credit(Account.platformCommission("TND"), new BigDecimal("1.500"))))));
        assertThatThrownBy(() -> jdbc.sql("update settlement.entry_lines set amount = amount * 2 where entry_id ="
                                + " (select id from settlement.entries where source = 'test' and source_id = ?)")
                        .param(entry.toString())
                        .update())
                .hasMessageContaining("never edited");
        assertThatThrownBy(() -> jdbc.sql("delete from settlement.entries where source = 'test' and source_id = ?")
                        .param(entry.toString())
                        .update())
                .hasMessageContaining("never edited");
    }

    private void insertEntry(UUID id) {
        jdbc.sql("insert into settlement.entries (id, kind, source, source_id, occurred_at, booked_at)"
                        + " values (?, 'PAYOUT', 'test', ?, ?, ?)")
                .params(id, id.toString(), Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
                .update();
    }
}
