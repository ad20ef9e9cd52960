package org.taawun.ordering.domain;

import java.util.UUID;

/**
 * An idempotency key as its client's: {@code scope} names the client (a signed-in account, an anonymous client by the
 * hash of its body, or a cart for the checkout page), so that the same key sent by another client is another key.
 *
 * @param requestHash the hash of the body; {@code null} where any body replays (the checkout form's one-time token)
 */
public record OrderKey(String scope, String key, String requestHash) {

    /** An API client: its account when signed in (session or token), else the body itself. */
    public static OrderKey ofClient(UUID accountId, String key, String requestHash) {
        return new OrderKey(accountId != null ? "account:" + accountId : "anonymous:" + requestHash, key, requestHash);
    }

    /** The one-time token of a checkout form, in the cart it was shown for. */
    public static OrderKey ofCheckout(UUID cartId, String token) {
        return new OrderKey("cart:" + cartId, token, null);
    }
}
