package org.taawun.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.domain.AccountLookup;
import org.taawun.identity.domain.ShopStaff;

/**
 * Server-side checks of who may act for which cooperative. Every write and private read of a cooperative's data goes
 * through {@link #requireMayActFor(UUID)}; a refusal is a 403 that changes nothing.
 */
@Component
public class AccessGuard {

    private final AccountLookup accounts;
    private final ShopStaff shopStaff;

    AccessGuard(AccountLookup accounts, ShopStaff shopStaff) {
        this.accounts = accounts;
        this.shopStaff = shopStaff;
    }

    public Optional<TaawunUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TaawunUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public boolean isAdmin() {
        return currentUser().map(u -> u.has(Role.ADMIN)).orElse(false);
    }

    /** Administrators act for every cooperative; a manager only for those she was appointed to, as of now. */
    public boolean mayActFor(UUID cooperativeId) {
        return currentUser()
                .map(u -> u.has(Role.ADMIN) || (u.has(Role.COOP_MANAGER) && accounts.actsFor(u.id(), cooperativeId)))
                .orElse(false);
    }

    public void requireMayActFor(UUID cooperativeId) {
        if (!mayActFor(cooperativeId)) {
            throw new AccessDeniedException("not a manager of cooperative " + cooperativeId);
        }
    }

    /** Administrators manage every shop; a shop manager only the shops she is listed at, as of now. */
    @Transactional(readOnly = true)
    public boolean mayManageShop(UUID shopId) {
        return currentUser()
                .map(u -> u.has(Role.ADMIN)
                        || (u.has(Role.SHOP_MANAGER) && shopStaff.isListed(u.id(), shopId, Role.SHOP_MANAGER)))
                .orElse(false);
    }

    public void requireMayManageShop(UUID shopId) {
        if (!mayManageShop(shopId)) {
            throw new AccessDeniedException("not a manager of shop " + shopId);
        }
    }

    /** Who may sell at the shop's till: its managers, its listed cashiers and administrators. */
    @Transactional(readOnly = true)
    public boolean maySellAt(UUID shopId) {
        return mayManageShop(shopId)
                || currentUser()
                        .map(u -> u.has(Role.CASHIER) && shopStaff.isListed(u.id(), shopId, Role.CASHIER))
                        .orElse(false);
    }

    /** The shops the signed-in shop manager manages (none for anyone else; administrators see all elsewhere). */
    @Transactional(readOnly = true)
    public List<UUID> shopsManaged() {
        return currentUser()
                .filter(u -> u.has(Role.SHOP_MANAGER))
                .map(u -> shopStaff.shopsOf(u.id(), Role.SHOP_MANAGER))
                .orElse(List.of());
    }

    /** The shops whose till the signed-in person may open: those she is listed at as cashier or as manager. */
    @Transactional(readOnly = true)
    public List<UUID> shopsSoldAt() {
        return currentUser()
                .map(u -> java.util.stream.Stream.concat(
                                u.has(Role.SHOP_MANAGER)
                                        ? shopStaff.shopsOf(u.id(), Role.SHOP_MANAGER).stream()
                                        : java.util.stream.Stream.<UUID>empty(),
                                u.has(Role.CASHIER)
                                        ? shopStaff.shopsOf(u.id(), Role.CASHIER).stream()
                                        : java.util.stream.Stream.<UUID>empty())
                        .distinct()
                        .toList())
                .orElse(List.of());
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
