package org.taawun.settlement.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.shared.idempotency.IdempotencyStore;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.InvalidFieldException;

/**
 * Payouts to a cooperative. A shop manager pays out of her shop's cash what her shop owes the cooperative; an
 * administrator records a platform payout (or, naming a shop, that shop's). A payout never exceeds what the payer owes
 * her nor what she is owed in all in that currency (her debts to the platform count), is in a currency she is owed
 * in, and is recorded once per Idempotency-Key of the caller. Whatever is refused changes nothing.
 */
@Service
public class PayoutService {

    static final String PURPOSE = "settlement-payout";

    /** A payout and whether this request recorded it (false: an earlier request with the same key did). */
    public record Recorded(Payout payout, boolean created) {}

    private final MoneyAccess access;
    private final PayoutRecorder recorder;
    private final IdempotencyStore keys;
    private final JdbcClient jdbc;

    PayoutService(MoneyAccess access, PayoutRecorder recorder, IdempotencyStore keys, JdbcClient jdbc) {
        this.access = access;
        this.recorder = recorder;
        this.keys = keys;
        this.jdbc = jdbc;
    }

    /**
     * Records the payout once per key of the caller (its account): the same key and request answer the payout they
     * made; the same key with another request is a 409.
     */
    public Recorded payOnce(UUID cooperativeId, PayoutRequest request, String key) {
        access.requireMayPay(cooperativeId);
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new InvalidFieldException("Idempotency-Key", "settlement.error.idempotency-key");
        }
        IdempotencyStore.Key clientKey = new IdempotencyStore.Key(
                PURPOSE,
                "account:" + access.currentUserId(),
                key,
                IdempotencyStore.hash(request.canonical(cooperativeId)));
        IdempotencyStore.Result result = keys.once(
                clientKey,
                "settlement.error.idempotency-conflict",
                () -> recorder.pay(cooperativeId, request, clientKey));
        return new Recorded(find(result.id()).orElseThrow(), result.created());
    }

    @Transactional(readOnly = true)
    public Optional<Payout> find(UUID id) {
        return jdbc.sql("select id, cooperative_id, shop_id, amount, currency, method, reference, paid_by, paid_at"
                        + " from settlement.payouts where id = ?")
                .param(id)
                .query((rs, i) -> new Payout(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        new Money(rs.getBigDecimal(4), rs.getString(5)),
                        PayoutMethod.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getObject(8, UUID.class),
                        rs.getTimestamp(9).toInstant()))
                .optional();
    }
}
