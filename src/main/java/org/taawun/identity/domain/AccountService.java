package org.taawun.identity.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.Role;
import org.taawun.notification.NotificationRequested;
import org.taawun.shared.TaawunProperties;
import org.taawun.shared.web.ProblemException;

/** Creating accounts, inviting people, resetting passwords, and the administrator's changes to roles and status. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final OneTimeTokens tokens;
    private final ApiTokens apiTokens;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final TaawunProperties properties;

    AccountService(
            AccountRepository accounts,
            OneTimeTokens tokens,
            ApiTokens apiTokens,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            TaawunProperties properties) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.apiTokens = apiTokens;
        this.passwords = passwords;
        this.events = events;
        this.properties = properties;
    }

    @Transactional
    public UUID signUpCustomer(String name, String email, String password, Locale locale) {
        requireFreeEmail(email);
        Account account = new Account(email, name, locale, AccountStatus.ACTIVE);
        account.setPassword(passwords.encode(password));
        account.grant(Role.CUSTOMER);
        accounts.save(account);
        return account.id();
    }

    /** Gives a person the management of a cooperative, inviting her when she has no account yet. */
    @Transactional
    public UUID appointManager(UUID cooperativeId, String cooperativeName, String email, String name, Locale locale) {
        Account account = accounts.findByEmail(email)
                .orElseGet(() -> accounts.saveAndFlush(new Account(email, name, locale, AccountStatus.INVITED)));
        account.grant(Role.COOP_MANAGER);
        account.actFor(cooperativeId);
        if (account.status() == AccountStatus.INVITED) {
            sendInvitation(
                    account,
                    "identity.mail.invite-manager.subject",
                    "identity.mail.invite-manager.body",
                    cooperativeName);
        } else {
            events.publishEvent(NotificationRequested.email(
                    account.email(),
                    account.locale(),
                    "identity.mail.appointed.subject",
                    "identity.mail.appointed.body",
                    account.displayName(),
                    cooperativeName,
                    properties.baseUrl() + "/manage"));
        }
        return account.id();
    }

    @Transactional
    public void removeManager(UUID cooperativeId, UUID accountId) {
        accounts.findById(accountId).ifPresent(a -> a.stopActingFor(cooperativeId));
    }

    @Transactional
    public UUID inviteStaff(String email, String name, Set<Role> roles, Locale locale) {
        requireFreeEmail(email);
        Account account = accounts.saveAndFlush(new Account(email, name, locale, AccountStatus.INVITED));
        account.replaceRoles(roles);
        sendInvitation(account, "identity.mail.invite.subject", "identity.mail.invite.body", "");
        return account.id();
    }

    /** Sends a reset link when the account exists; says nothing either way, so no account can be discovered. */
    @Transactional
    public void requestPasswordReset(String email) {
        accounts.findByEmail(email)
                .filter(a -> a.status() != AccountStatus.SUSPENDED)
                .ifPresent(account -> {
                    String secret = tokens.issue(account.id(), OneTimeTokens.Purpose.RESET);
                    events.publishEvent(NotificationRequested.email(
                            account.email(),
                            account.locale(),
                            "identity.mail.reset.subject",
                            "identity.mail.reset.body",
                            account.displayName(),
                            properties.baseUrl() + "/password/reset?token=" + secret));
                });
    }

    @Transactional(readOnly = true)
    public boolean isLinkValid(String secret) {
        return tokens.peek(secret).isPresent();
    }

    /** Sets the password of the person holding a valid link (invitation or reset); the link then stops working. */
    @Transactional
    public Optional<UUID> setPasswordWithLink(String secret, String password) {
        Optional<UUID> accountId = tokens.consume(secret);
        accountId
                .flatMap(accounts::findById)
                .filter(a -> a.status() != AccountStatus.SUSPENDED)
                .ifPresent(account -> {
                    account.setPassword(passwords.encode(password));
                    apiTokens.revokeAll(account.id());
                });
        return accountId;
    }

    @Transactional
    public void changeRoles(UUID accountId, Set<Role> roles) {
        find(accountId).replaceRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    @Transactional
    public void suspend(UUID accountId) {
        find(accountId).suspend();
        apiTokens.revokeAll(accountId);
    }

    @Transactional
    public void reactivate(UUID accountId) {
        find(accountId).reactivate();
    }

    private Account find(UUID accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> ProblemException.notFound("account-not-found", "identity.error.account-not-found"));
    }

    private void requireFreeEmail(String email) {
        if (accounts.findByEmail(email).isPresent()) {
            throw ProblemException.conflict("email-taken", "identity.error.email-taken");
        }
    }

    private void sendInvitation(Account account, String subjectKey, String bodyKey, String cooperativeName) {
        String secret = tokens.issue(account.id(), OneTimeTokens.Purpose.INVITE);
        events.publishEvent(NotificationRequested.email(
                account.email(),
                account.locale(),
                subjectKey,
                bodyKey,
                account.displayName(),
                cooperativeName,
                properties.baseUrl() + "/invitation?token=" + secret));
    }
}
