package org.taawun.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.domain.AccountLookup;
import org.taawun.identity.domain.AccountService;

/** What other modules may ask of identity: appoint or remove a cooperative's managers, and list them. */
@Component
public class Accounts {

    /** A person acting for a cooperative, as shown to administrators and to the cooperative itself. */
    public record Manager(UUID accountId, String name, String email, boolean invitationPending) {}

    private final AccountService service;
    private final AccountLookup accounts;

    Accounts(AccountService service, AccountLookup accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    /**
     * Invites the person to manage the cooperative (in the caller's transaction: the account and its invitation exist
     * exactly when the caller commits); the role is granted only when she follows the link sent to her e-mail.
     */
    public UUID appointManager(UUID cooperativeId, String cooperativeName, String email, String name, Locale locale) {
        return service.appointManager(cooperativeId, cooperativeName, email, name, locale);
    }

    public void removeManager(UUID cooperativeId, UUID accountId) {
        service.removeManager(cooperativeId, accountId);
    }

    /** The people acting for the cooperative, then those invited who have not accepted yet. */
    @Transactional(readOnly = true)
    public List<Manager> managersOf(UUID cooperativeId) {
        List<Manager> managers = new ArrayList<>();
        Set<UUID> acting = new HashSet<>();
        accounts.peopleActingFor(cooperativeId).forEach(a -> {
            acting.add(a.accountId());
            managers.add(new Manager(a.accountId(), a.displayName(), a.email(), false));
        });
        service.pendingManagers(cooperativeId).stream()
                .filter(p -> !acting.contains(p.accountId()))
                .forEach(p -> managers.add(new Manager(p.accountId(), p.displayName(), p.email(), true)));
        return managers;
    }

    public Set<UUID> cooperativesOf(UUID accountId) {
        return accounts.cooperativesOf(accountId);
    }
}
