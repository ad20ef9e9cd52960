package org.taawun.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.TaawunUser;

/**
 * The questions that sign-in, sessions, API tokens and access checks ask about accounts, answered with
 * {@link TaawunUser} or records: the account entity and its repository never leave this package.
 */
@Service
public class AccountLookup {

    /** A person acting for a cooperative. */
    public record ActingPerson(UUID accountId, String displayName, String email) {}

    private final AccountRepository accounts;
    private final ApiTokens apiTokens;

    AccountLookup(AccountRepository accounts, ApiTokens apiTokens) {
        this.accounts = accounts;
        this.apiTokens = apiTokens;
    }

    /** The account with this e-mail as sign-in checks it (with its password hash); empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<TaawunUser> forSignIn(String email) {
        if (email == null || email.length() > 254) {
            return Optional.empty();
        }
        return accounts.findByEmail(email).map(Account::toUser);
    }

    /** The active account that holds this unexpired API token, without its password hash. */
    @Transactional(readOnly = true)
    public Optional<TaawunUser> ofApiToken(String token) {
        return apiTokens
                .accountOf(token)
                .flatMap(accounts::findById)
                .map(a -> a.toUser().withoutPassword())
                .filter(TaawunUser::isEnabled);
    }

    /** The session stamp of an active account; empty when the account is gone, suspended or not yet active. */
    @Transactional(readOnly = true)
    public Optional<Long> activeSessionStamp(UUID accountId) {
        return accounts.activeSessionStamp(accountId);
    }

    /** Whether the account was appointed to act for the cooperative (and still is). */
    @Transactional(readOnly = true)
    public boolean actsFor(UUID accountId, UUID cooperativeId) {
        return accounts.actsFor(accountId, cooperativeId);
    }

    /** The people acting for the cooperative, by name. */
    @Transactional(readOnly = true)
    public List<ActingPerson> peopleActingFor(UUID cooperativeId) {
        return accounts.findPeopleActingFor(cooperativeId).stream()
                .map(a -> new ActingPerson(a.getId(), a.getDisplayName(), a.getEmail()))
                .toList();
    }

    /** The cooperatives the account acts for (none when there is no such account). */
    @Transactional(readOnly = true)
    public Set<UUID> cooperativesOf(UUID accountId) {
        return accounts.findById(accountId).map(Account::cooperativeIds).orElse(Set.of());
    }
}
