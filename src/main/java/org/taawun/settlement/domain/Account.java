package org.taawun.settlement.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A ledger account by what it is: kind, the cooperative it concerns (only for {@link AccountKind#COOPERATIVE_OWED}),
 * the shop (none for the platform) and the currency.
 */
public record Account(AccountKind kind, UUID cooperativeId, UUID shopId, String currency) {

    public Account {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
        if ((kind == AccountKind.COOPERATIVE_OWED) != (cooperativeId != null)) {
            throw new IllegalArgumentException("only a cooperative's account names a cooperative");
        }
        boolean shopKind = kind == AccountKind.SHOP_CASH || kind == AccountKind.SHOP_COMMISSION;
        boolean platformKind = kind == AccountKind.PLATFORM_COMMISSION || kind == AccountKind.PLATFORM_PAYOUTS;
        if ((shopKind && shopId == null) || (platformKind && shopId != null)) {
            throw new IllegalArgumentException(kind + " and shop " + shopId + " do not go together");
        }
    }

    /** What the shop (or the platform when {@code shopId} is null) owes the cooperative. */
    public static Account owed(UUID cooperativeId, UUID shopId, String currency) {
        return new Account(AccountKind.COOPERATIVE_OWED, Objects.requireNonNull(cooperativeId), shopId, currency);
    }

    public static Account shopCash(UUID shopId, String currency) {
        return new Account(AccountKind.SHOP_CASH, null, shopId, currency);
    }

    public static Account shopCommission(UUID shopId, String currency) {
        return new Account(AccountKind.SHOP_COMMISSION, null, shopId, currency);
    }

    public static Account platformCommission(String currency) {
        return new Account(AccountKind.PLATFORM_COMMISSION, null, null, currency);
    }

    public static Account platformPayouts(String currency) {
        return new Account(AccountKind.PLATFORM_PAYOUTS, null, null, currency);
    }
}
