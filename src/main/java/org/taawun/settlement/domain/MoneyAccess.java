package org.taawun.settlement.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.AccessGuard;

/**
 * Who may see and settle a cooperative's money: her managers see it; the managers of a shop that holds her money
 * (a sale of her goods was booked there) see it and pay her out of that shop's cash; administrators do both.
 * Nobody else, not even to learn whether the cooperative exists.
 */
@Component
public class MoneyAccess {

    private final AccessGuard guard;
    private final Balances balances;

    MoneyAccess(AccessGuard guard, Balances balances) {
        this.guard = guard;
        this.balances = balances;
    }

    @Transactional(readOnly = true)
    public boolean maySee(UUID cooperativeId) {
        return guard.mayActFor(cooperativeId) || !shopsPaying(cooperativeId).isEmpty();
    }

    @Transactional(readOnly = true)
    public boolean mayPay(UUID cooperativeId) {
        return guard.isAdmin() || !shopsPaying(cooperativeId).isEmpty();
    }

    public void requireMaySee(UUID cooperativeId) {
        if (!maySee(cooperativeId)) {
            throw new AccessDeniedException("may not see the money of cooperative " + cooperativeId);
        }
    }

    public void requireMayPay(UUID cooperativeId) {
        if (!mayPay(cooperativeId)) {
            throw new AccessDeniedException("may not pay cooperative " + cooperativeId);
        }
    }

    /** The shops the signed-in shop manager manages that hold the cooperative's money. */
    @Transactional(readOnly = true)
    List<UUID> shopsPaying(UUID cooperativeId) {
        List<UUID> managed = guard.shopsManaged();
        if (managed.isEmpty()) {
            return List.of();
        }
        return balances.shopsHolding(cooperativeId).stream()
                .filter(managed::contains)
                .toList();
    }

    boolean isAdmin() {
        return guard.isAdmin();
    }

    boolean mayManageShop(UUID shopId) {
        return guard.mayManageShop(shopId);
    }

    UUID currentUserId() {
        return guard.currentUser().orElseThrow().id();
    }
}
