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
import org.taawun.identity.domain.OneTimeTokens;
import org.taawun.identity.domain.ShopStaff;

/**
 * What other modules may ask of identity: appoint or remove a cooperative's managers and a shop's staff, and list
 * them.
 */
@Component
public class Accounts {

    /** A person acting for a cooperative, as shown to administrators and to the cooperative itself. */
    public record Manager(UUID accountId, String name, String email, boolean invitationPending) {}

    /** A person who sells at a shop, or who was invited to and has not accepted yet. */
    public record Cashier(UUID accountId, String name, String email, boolean invitationPending) {}

    /** A person as an administrator sees her when appointing her at a shop. */
    public record Person(UUID accountId, String name, String email, Set<Role> roles) {}

    /** Where a person works: a shop and her role there (shop manager or cashier). */
    public record ShopPost(UUID shopId, Role role) {}

    private final AccountService service;
    private final AccountLookup accounts;
    private final ShopStaff shopStaff;
    private final OneTimeTokens tokens;
    private final AccessGuard guard;

    Accounts(
            AccountService service,
            AccountLookup accounts,
            ShopStaff shopStaff,
            OneTimeTokens tokens,
            AccessGuard guard) {
        this.service = service;
        this.accounts = accounts;
        this.shopStaff = shopStaff;
        this.tokens = tokens;
        this.guard = guard;
    }

    /** The person of this account, for administrators (404 when there is none). */
    public Person person(UUID accountId) {
        guard.requireAdmin();
        var account = service.account(accountId);
        return new Person(account.id(), account.displayName(), account.email(), account.roles());
    }

    /** The shops a person works at, shop managers' posts first; for administrators. */
    public List<ShopPost> shopPostsOf(UUID accountId) {
        guard.requireAdmin();
        java.util.Map<Role, List<UUID>> shops = service.shopsOf(accountId);
        List<ShopPost> posts = new ArrayList<>();
        for (Role role : List.of(Role.SHOP_MANAGER, Role.CASHIER)) {
            shops.get(role).forEach(shop -> posts.add(new ShopPost(shop, role)));
        }
        return posts;
    }

    /**
     * An administrator appoints the person at the shop as its shop manager or cashier: the role is granted and she is
     * listed there at once. Only administrators may (a shop manager invites her cashiers by e-mail instead).
     */
    public void appointAtShop(UUID accountId, UUID shopId, Role role) {
        guard.requireAdmin();
        service.appointAtShop(accountId, shopId, role);
    }

    /** An administrator ends the person's post at the shop (she loses the role when she holds it nowhere else). */
    public void revokeAtShop(UUID accountId, UUID shopId, Role role) {
        guard.requireAdmin();
        service.revokeAtShop(accountId, shopId, role);
    }

    /**
     * Invites the person to sell at the shop (in the caller's transaction); she is listed as its cashier only when she
     * follows the link sent to her e-mail, which proves she reads that mailbox.
     */
    public UUID inviteCashier(UUID shopId, String shopName, String email, String name, Locale locale) {
        return service.inviteCashier(shopId, shopName, email, name, locale);
    }

    public void removeCashier(UUID shopId, UUID accountId) {
        service.removeCashier(shopId, accountId);
    }

    /** The shop's cashiers, then those invited who have not accepted yet. */
    @Transactional(readOnly = true)
    public List<Cashier> cashiersOf(UUID shopId) {
        List<Cashier> cashiers = new ArrayList<>();
        Set<UUID> listed = new HashSet<>();
        shopStaff.members(shopId, Role.CASHIER).forEach(m -> {
            listed.add(m.accountId());
            cashiers.add(new Cashier(m.accountId(), m.displayName(), m.email(), false));
        });
        tokens.pendingAtShop(shopId, OneTimeTokens.Purpose.SHOP_CASHIER).stream()
                .filter(p -> !listed.contains(p.accountId()))
                .forEach(p -> cashiers.add(new Cashier(p.accountId(), p.displayName(), p.email(), true)));
        return cashiers;
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
