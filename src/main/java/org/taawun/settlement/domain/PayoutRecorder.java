package org.taawun.settlement.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.shared.idempotency.IdempotencyStore;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;

/**
 * Records one payout in one transaction: checks the request, locks the cooperative's accounts in its currency, books
 * the entry (what the payer owes her goes down, so does the shop's cash or the platform's payouts account), keeps the
 * payout and the caller's key. A refusal rolls everything back.
 */
@Component
class PayoutRecorder {

    static final String SOURCE = "payout";
    private static final Set<String> CURRENCIES = Set.of("MAD", "TND");

    private final MoneyAccess access;
    private final Balances balances;
    private final Ledger ledger;
    private final IdempotencyStore keys;
    private final JdbcClient jdbc;

    PayoutRecorder(MoneyAccess access, Balances balances, Ledger ledger, IdempotencyStore keys, JdbcClient jdbc) {
        this.access = access;
        this.balances = balances;
        this.ledger = ledger;
        this.keys = keys;
        this.jdbc = jdbc;
    }

    /** Records the payout in one transaction with its entry and its key. */
    @Transactional
    UUID pay(UUID cooperativeId, PayoutRequest request, IdempotencyStore.Key key) {
        access.requireMayPay(cooperativeId);
        Money amount = amount(request);
        PayoutMethod method = method(request.method());
        String reference = reference(request.reference());
        UUID shopId = payer(cooperativeId, request.shopId());
        Account paidFrom = shopId == null
                ? Account.platformPayouts(amount.currency())
                : Account.shopCash(shopId, amount.currency());
        Map<UUID, BigDecimal> owed = balances.lockOwed(cooperativeId, amount.currency(), ledger.accountId(paidFrom));
        if (owed.isEmpty()) {
            throw ProblemException.refused("payout-currency", "settlement.error.payout-currency", amount.currency());
        }
        BigDecimal total = owed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal byPayer = owed.getOrDefault(shopId, BigDecimal.ZERO);
        if (amount.amount().compareTo(total.min(byPayer)) > 0) {
            throw ProblemException.refused("payout-above-balance", "settlement.error.payout-above-balance");
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        UUID entry = ledger.book(new JournalEntry(
                        EntryKind.PAYOUT,
                        SOURCE,
                        id.toString(),
                        cooperativeId,
                        now,
                        null,
                        List.of(
                                Posting.debit(Account.owed(cooperativeId, shopId, amount.currency()), amount.amount()),
                                Posting.credit(paidFrom, amount.amount()))))
                .orElseThrow();
        jdbc.sql("insert into settlement.payouts (id, entry_id, cooperative_id, shop_id, amount, currency, method,"
                        + " reference, paid_by, paid_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        entry,
                        cooperativeId,
                        shopId,
                        amount.amount(),
                        amount.currency(),
                        method.name(),
                        reference,
                        access.currentUserId(),
                        Timestamp.from(now))
                .update();
        keys.remember(key, id);
        return id;
    }

    /** The shop paying (null: the platform), as the caller may name it. */
    private UUID payer(UUID cooperativeId, UUID named) {
        if (named != null) {
            if (!access.mayManageShop(named)) {
                throw new AccessDeniedException("may not pay out of shop " + named);
            }
            return named;
        }
        if (access.isAdmin()) {
            return null;
        }
        List<UUID> shops = access.shopsPaying(cooperativeId);
        if (shops.size() != 1) {
            throw new InvalidFieldException("shopId", "settlement.error.shop-required");
        }
        return shops.get(0);
    }

    private static Money amount(PayoutRequest request) {
        PayoutRequest.Amount amount = request.amount();
        if (amount == null || amount.amount() == null) {
            throw new InvalidFieldException("amount", "settlement.error.amount-required");
        }
        if (amount.currency() == null || !CURRENCIES.contains(amount.currency())) {
            throw new InvalidFieldException("amount.currency", "settlement.error.currency");
        }
        if (amount.amount().signum() <= 0
                || amount.amount().stripTrailingZeros().scale() > Rounding.scale(amount.currency())) {
            throw new InvalidFieldException("amount", "settlement.error.amount");
        }
        return new Money(amount.amount(), amount.currency());
    }

    private static PayoutMethod method(String method) {
        try {
            return PayoutMethod.valueOf(method == null ? "" : method);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("method", "settlement.error.method");
        }
    }

    private static String reference(String reference) {
        String value = reference == null ? "" : reference.strip();
        if (value.isEmpty() || value.length() > 100) {
            throw new InvalidFieldException("reference", "settlement.error.reference");
        }
        return value;
    }
}
