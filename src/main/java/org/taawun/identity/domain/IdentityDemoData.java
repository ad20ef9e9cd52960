package org.taawun.identity.domain;

import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.Role;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.demo.DemoSettings;

/**
 * The demo accounts of the contract (password {@code taawun-demo}). Each is added when no account has its e-mail, so
 * a database made by an earlier version with fewer demo accounts (before the shop's, say) gains the new ones at the
 * next start, while an account that exists is left as it is (its password, roles or shops may have been changed).
 */
@Component
@Order(10)
class IdentityDemoData implements ApplicationRunner {

    static final String PASSWORD = "taawun-demo";

    /**
     * The Argon2id hash of {@link #PASSWORD} (Spring Security's defaults), computed once: Argon2 is slow on purpose and
     * hashing at every first start cost half a second. The demo sign-in tests check that it matches.
     */
    static final String PASSWORD_HASH =
            "{argon2}$argon2id$v=19$m=16384,t=2,p=1$KGAgaoTK8GE1AjLnD58evw$5M5k/HXNSuiCCV3aCg53/V0qlNH8Mp68zCd9FdoVhcc";

    private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

    private final DemoSettings settings;
    private final AccountRepository accounts;
    private final ShopStaff shopStaff;

    IdentityDemoData(DemoSettings settings, AccountRepository accounts, ShopStaff shopStaff) {
        this.settings = settings;
        this.accounts = accounts;
        this.shopStaff = shopStaff;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        int added = 0;
        added += add("admin@taawun.test", "Amina Admin", "fr", Role.ADMIN, null);
        added += add("manager1@taawun.test", "Fatima Ait Lahcen", "ar", Role.COOP_MANAGER, DemoIds.COOP_ARGAN);
        added += add("manager2@taawun.test", "Khadija Bennani", "ar", Role.COOP_MANAGER, DemoIds.COOP_KHOURIBGA);
        added += add("manager-tn@taawun.test", "Salma Trabelsi", "fr", Role.COOP_MANAGER, DemoIds.COOP_TUNISIA);
        added += addAtShop("shop-manager@taawun.test", "Hafida Shop Manager", Role.SHOP_MANAGER);
        added += addAtShop("cashier@taawun.test", "Naima Cashier", Role.CASHIER);
        added += add("officer@taawun.test", "Leila Officer", "fr", Role.PROGRAMME_OFFICER, null);
        added += add("trainer@taawun.test", "Youssef Trainer", "fr", Role.TRAINER, null);
        added += add("counsellor@taawun.test", "Meryem Counsellor", "ar", Role.COUNSELLOR, null);
        added += add("customer@taawun.test", "Sara Customer", "fr", Role.CUSTOMER, null);
        if (added > 0) {
            log.info("{} demo accounts created (password '{}')", added, PASSWORD);
        }
    }

    /** A demo account of the demo shop, listed there when it is created. */
    private int addAtShop(String email, String name, Role role) {
        int added = add(email, name, "ar", role, null);
        if (added > 0) {
            accounts.findByEmail(email).ifPresent(a -> shopStaff.add(a.id(), DemoIds.SHOP_KHOURIBGA, role));
        }
        return added;
    }

    /** Adds the account unless one has its e-mail: 1 when added, else 0. */
    private int add(String email, String name, String locale, Role role, UUID cooperativeId) {
        if (accounts.findByEmail(email).isPresent()) {
            return 0;
        }
        Account account = new Account(email, name, Locale.forLanguageTag(locale), AccountStatus.ACTIVE);
        account.setPasswordFromMailbox(PASSWORD_HASH);
        account.grant(role);
        if (cooperativeId != null) {
            account.actFor(cooperativeId);
        }
        accounts.saveAndFlush(account);
        return 1;
    }
}
