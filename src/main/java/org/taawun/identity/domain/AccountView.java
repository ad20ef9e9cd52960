package org.taawun.identity.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.taawun.identity.Role;

/** An account as administrators and pages see it (read-only; the entity never leaves its package). */
public record AccountView(
        UUID id,
        String email,
        String displayName,
        Locale locale,
        AccountStatus status,
        Instant createdAt,
        Set<Role> roles) {

    public AccountView {
        roles = Set.copyOf(roles);
    }

    static AccountView of(Account account) {
        return new AccountView(
                account.id(),
                account.email(),
                account.displayName(),
                account.locale(),
                account.status(),
                account.createdAt(),
                account.roles());
    }
}
