package org.taawun.shop;

import java.time.Instant;
import java.util.UUID;
import org.taawun.shared.money.Money;

/**
 * A cashier's session at a shop's till was closed: the cash expected in the drawer (opening float plus cash kept by
 * its sales minus cash refunded by its returns), the cash counted, and their difference (counted minus expected,
 * negative when cash is missing). Ids and amounts only.
 */
public record CashSessionClosed(
        UUID sessionId,
        UUID shopId,
        String currency,
        Instant closedAt,
        Money expectedCash,
        Money countedCash,
        Money difference) {}
