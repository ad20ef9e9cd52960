package org.taawun.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.taawun.identity.domain.AccountLookup;

/**
 * Server-side checks of who may act for which cooperative. Every write and private read of a cooperative's data goes
 * through {@link #requireMayActFor(UUID)}; a refusal is a 403 that changes nothing.
 */
@Component
public class AccessGuard {

    private final AccountLookup accounts;

    AccessGuard(AccountLookup accounts) {
        this.accounts = accounts;
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

    public void requireAdmin() {
        if (!isAdmin()) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
