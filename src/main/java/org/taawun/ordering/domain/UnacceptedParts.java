package org.taawun.ordering.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Parts that no cooperative accepted or refused within {@code taawun.ordering.unaccepted-hold} (72 hours by default)
 * expire: their stock goes back on sale and the customer is told. Runs on every node; each batch takes its rows with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}, so another node skips them, and PostgreSQL checks {@code status = 'NEW'}
 * again on the locked row, so no part expires twice, nor one that was accepted meanwhile.
 */
@Component
public class UnacceptedParts {

    private static final Logger LOG = LoggerFactory.getLogger(UnacceptedParts.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final OrderRepository orders;
    private final PartWorkflow workflow;
    private final OrderingProperties properties;
    private final TransactionTemplate transactions;

    UnacceptedParts(
            JdbcClient jdbc,
            OrderRepository orders,
            PartWorkflow workflow,
            OrderingProperties properties,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.workflow = workflow;
        this.properties = properties;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${taawun.ordering.expiry-check:PT5M}", initialDelayString = "PT1M")
    void expireNow() {
        expire(Instant.now());
    }

    /** Expires every part still new that was placed before {@code now} less the hold; answers how many. */
    public int expire(Instant now) {
        Timestamp placedBefore = Timestamp.from(now.minus(properties.unacceptedHold()));
        int total = 0;
        while (true) {
            Integer expired = transactions.execute(tx -> {
                List<UUID> ids = jdbc.sql("select id from ordering.order_parts where status = 'NEW' and created_at < ?"
                                + " order by created_at limit " + BATCH + " for update skip locked")
                        .param(placedBefore)
                        .query(UUID.class)
                        .list();
                ids.forEach(id -> workflow.expire(orders.findPart(id).orElseThrow()));
                return ids.size();
            });
            total += expired;
            if (expired < BATCH) {
                break;
            }
        }
        if (total > 0) {
            LOG.info("Expired {} order part(s) not accepted within {}", total, properties.unacceptedHold());
        }
        return total;
    }
}
