package org.taawun.identity.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.Role;
import org.taawun.notification.NotificationRequested;
import org.taawun.shared.TaawunProperties;
import org.taawun.shared.text.Isolates;
import org.taawun.shared.web.ProblemException;
import org.taawun.shared.web.SupportedLocales;

/** Creating accounts, inviting people, resetting passwords, and the administrator's changes to roles and status. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final OneTimeTokens tokens;
    private final ApiTokens apiTokens;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final TaawunProperties properties;
    private final ShopStaff shopStaff;

    AccountService(
            AccountRepository accounts,
            OneTimeTokens tokens,
            ApiTokens apiTokens,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            TaawunProperties properties,
            ShopStaff shopStaff) {
        this.shopStaff = shopStaff;
        this.accounts = accounts;
        this.tokens = tokens;
        this.apiTokens = apiTokens;
        this.passwords = passwords;
        this.events = events;
        this.properties = properties;
    }

    /**
     * A customer's sign-up. The answer is the same whether the e-mail has an account or not: a new e-mail receives a
     * link to choose her password (only following it gives the account its customer role); an existing account's
     * owner is told that someone tried to sign up with her e-mail, with the way to reset her password.
     */
    @Transactional
    public void signUpCustomer(String name, String email, Locale locale) {
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent() && existing.get().hasPassword()) {
            Account account = existing.get();
            events.publishEvent(NotificationRequested.email(
                    account.email(),
                    account.locale(),
                    "identity.mail.signup-exists.subject",
                    "identity.mail.signup-exists.body",
                    isolated(account.displayName()),
                    properties.baseUrl() + "/password/forgot"));
            return;
        }
        Account account = existing.orElseGet(
                () -> accounts.saveAndFlush(new Account(email, name, locale, AccountStatus.INVITED)));
        String secret = tokens.issue(account.id(), OneTimeTokens.Purpose.SIGNUP);
        events.publishEvent(NotificationRequested.email(
                account.email(),
                locale,
                "identity.mail.signup.subject",
                "identity.mail.signup.body",
                isolated(name.trim()),
                properties.baseUrl() + "/signup/confirm?token=" + secret));
    }

    /**
     * Invites a person to manage a cooperative: the role is granted only when she follows the link sent to her e-mail
     * (an account that has that e-mail gains nothing before). She is invited as a new account when she has none.
     */
    @Transactional
    public UUID appointManager(UUID cooperativeId, String cooperativeName, String email, String name, Locale locale) {
        Account account = accounts.findByEmail(email)
                .orElseGet(() -> accounts.saveAndFlush(new Account(email, name, locale, AccountStatus.INVITED)));
        String secret = tokens.issue(account.id(), OneTimeTokens.Purpose.MANAGE, cooperativeId);
        boolean known = account.hasPassword() && account.hasConfirmedMailbox();
        events.publishEvent(NotificationRequested.email(
                account.email(),
                account.locale(),
                known ? "identity.mail.appointed.subject" : "identity.mail.invite-manager.subject",
                known ? "identity.mail.appointed.body" : "identity.mail.invite-manager.body",
                isolated(account.displayName()),
                isolated(cooperativeName),
                properties.baseUrl() + "/invitation?token=" + secret));
        return account.id();
    }

    @Transactional
    public void removeManager(UUID cooperativeId, UUID accountId) {
        tokens.cancel(accountId, OneTimeTokens.Purpose.MANAGE, cooperativeId);
        accounts.findById(accountId).ifPresent(a -> a.stopActingFor(cooperativeId));
    }

    /**
     * Invites a person to sell at a shop, the safe way managers are invited: she is listed as its cashier only when she
     * follows the link sent to her e-mail (an account that has that e-mail gains nothing before); she is invited as a new
     * account when she has none.
     */
    @Transactional
    public UUID inviteCashier(UUID shopId, String shopName, String email, String name, Locale locale) {
        Account account = accounts.findByEmail(email)
                .orElseGet(() -> accounts.saveAndFlush(new Account(email, name, locale, AccountStatus.INVITED)));
        String secret = tokens.issueForShop(account.id(), OneTimeTokens.Purpose.SHOP_CASHIER, shopId);
        boolean known = account.hasPassword() && account.hasConfirmedMailbox();
        events.publishEvent(NotificationRequested.email(
                account.email(),
                account.locale(),
                known ? "identity.mail.cashier.subject" : "identity.mail.invite-cashier.subject",
                known ? "identity.mail.cashier.body" : "identity.mail.invite-cashier.body",
                account.displayName(),
                shopName,
                properties.baseUrl() + "/invitation?token=" + secret));
        return account.id();
    }

    /** She no longer sells at the shop (a pending invitation to it stops working). */
    @Transactional
    public void removeCashier(UUID shopId, UUID accountId) {
        tokens.cancelForShop(accountId, OneTimeTokens.Purpose.SHOP_CASHIER, shopId);
        shopStaff.remove(accountId, shopId, Role.CASHIER);
    }

    /**
     * An administrator appoints a person at a shop, as its shop manager or cashier: she is granted the role and listed
     * at the shop at once (no invitation: the administrator chose an account that exists). Appointing her twice changes
     * nothing.
     */
    @Transactional
    public void appointAtShop(UUID accountId, UUID shopId, Role role) {
        requireShopRole(role);
        find(accountId).grant(role);
        shopStaff.add(accountId, shopId, role);
    }

    /**
     * She no longer works at the shop in that role (a pending invitation to sell there stops working); when she holds
     * that role at no other shop, she loses it, so that she is no longer sent to a shop's pages.
     */
    @Transactional
    public void revokeAtShop(UUID accountId, UUID shopId, Role role) {
        requireShopRole(role);
        Account account = find(accountId);
        if (role == Role.CASHIER) {
            tokens.cancelForShop(accountId, OneTimeTokens.Purpose.SHOP_CASHIER, shopId);
        }
        shopStaff.remove(accountId, shopId, role);
        if (shopStaff.shopsOf(accountId, role).isEmpty() && account.roles().contains(role)) {
            Set<Role> kept = EnumSet.noneOf(Role.class);
            kept.addAll(account.roles());
            kept.remove(role);
            account.replaceRoles(kept);
        }
    }

    /** The shops the person works at, per role (shop manager, cashier). */
    @Transactional(readOnly = true)
    public java.util.Map<Role, java.util.List<UUID>> shopsOf(UUID accountId) {
        find(accountId);
        return java.util.Map.of(
                Role.SHOP_MANAGER, shopStaff.shopsOf(accountId, Role.SHOP_MANAGER),
                Role.CASHIER, shopStaff.shopsOf(accountId, Role.CASHIER));
    }

    private static void requireShopRole(Role role) {
        if (role != Role.SHOP_MANAGER && role != Role.CASHIER) {
            throw ProblemException.refused("not-a-shop-role", "identity.error.not-a-shop-role");
        }
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
                            isolated(account.displayName()),
                            properties.baseUrl() + "/password/reset?token=" + secret));
                });
    }

    @Transactional(readOnly = true)
    public boolean isLinkValid(String secret) {
        return tokens.peek(secret).isPresent();
    }

    /**
     * Whether the link only needs accepting: an invitation to manage a cooperative sent to an account that already
     * proved its e-mail and has a password. Other links ask the person to choose her password.
     */
    @Transactional(readOnly = true)
    public boolean isAcceptOnly(String secret) {
        return tokens.peek(secret)
                .filter(link -> link.purpose() == OneTimeTokens.Purpose.MANAGE
                        || link.purpose() == OneTimeTokens.Purpose.SHOP_CASHIER)
                .flatMap(link -> accounts.findById(link.accountId()))
                .filter(a -> a.hasPassword() && a.hasConfirmedMailbox())
                .isPresent();
    }

    /**
     * Sets the password of the person holding a valid link (sign-up, invitation, reset, management); the link then
     * stops working. Following it proves she reads the account's mailbox: what the link grants is granted now.
     */
    @Transactional
    public Optional<UUID> setPasswordWithLink(String secret, String password) {
        Optional<OneTimeTokens.Link> link = tokens.consume(secret);
        link.flatMap(l -> accounts.findById(l.accountId()))
                .filter(a -> a.status() != AccountStatus.SUSPENDED)
                .ifPresent(account -> {
                    account.setPasswordFromMailbox(passwords.encode(password));
                    apiTokens.revokeAll(account.id());
                    grantWhatTheLinkGives(account, link.get());
                });
        return link.map(OneTimeTokens.Link::accountId);
    }

    /** Whether the link is an invitation to sell at a shop (its page says so). */
    @Transactional(readOnly = true)
    public boolean isShopInvitation(String secret) {
        return tokens.peek(secret)
                .filter(link -> link.purpose() == OneTimeTokens.Purpose.SHOP_CASHIER)
                .isPresent();
    }

    /** Accepts an invitation to manage a cooperative sent to an account that has a password already. */
    @Transactional
    public Optional<UUID> acceptInvitation(String secret) {
        if (!isAcceptOnly(secret)) {
            return Optional.empty();
        }
        Optional<OneTimeTokens.Link> link = tokens.consume(secret);
        link.flatMap(l -> accounts.findById(l.accountId()))
                .filter(a -> a.status() != AccountStatus.SUSPENDED)
                .ifPresent(account -> grantWhatTheLinkGives(account, link.get()));
        return link.map(OneTimeTokens.Link::accountId);
    }

    private void grantWhatTheLinkGives(Account account, OneTimeTokens.Link link) {
        account.confirmMailbox();
        switch (link.purpose()) {
            case SIGNUP -> account.grant(Role.CUSTOMER);
            // she signed up, lost that link and asked for a reset: the reset link proves the same mailbox
            case RESET -> {
                if (account.roles().isEmpty()) {
                    account.grant(Role.CUSTOMER);
                }
            }
            case MANAGE -> {
                account.grant(Role.COOP_MANAGER);
                account.actFor(link.cooperativeId());
            }
            case SHOP_CASHIER -> {
                account.grant(Role.CASHIER);
                shopStaff.add(account.id(), link.shopId(), Role.CASHIER);
            }
            default -> {}
        }
    }

    /**
     * Keeps the language of the pages she signed in on, or chose on her account page: every message sent to her
     * (reset links, invitations) is written in it. A language the site does not speak is ignored.
     */
    @Transactional
    public void useLanguage(UUID accountId, Locale locale) {
        if (locale != null) {
            SupportedLocales.byTag(locale.getLanguage())
                    .ifPresent(language -> accounts.setLanguage(accountId, language.getLanguage()));
        }
    }

    /** Accounts whose name or e-mail contains the text, for the administrators' list. */
    @Transactional(readOnly = true)
    public Page<AccountView> search(String text, Pageable pageable) {
        return accounts.search(text, pageable).map(AccountView::of);
    }

    /** One account (404 when there is none). */
    @Transactional(readOnly = true)
    public AccountView account(UUID accountId) {
        return AccountView.of(find(accountId));
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

    /** Pending invitations to manage the cooperative (the role is not granted before they are accepted). */
    @Transactional(readOnly = true)
    public java.util.List<OneTimeTokens.PendingInvitation> pendingManagers(UUID cooperativeId) {
        return tokens.pendingInvitations(cooperativeId);
    }

    private static String isolated(String value) {
        return Isolates.isolate(value);
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
                isolated(account.displayName()),
                isolated(cooperativeName),
                properties.baseUrl() + "/invitation?token=" + secret));
    }
}
