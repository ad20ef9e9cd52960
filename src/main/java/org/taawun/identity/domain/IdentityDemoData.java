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

/** The demo accounts of the contract (password {@code taawun-demo}), loaded once into an empty database. */
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
        if (!settings.enabled() || accounts.count() > 0) {
            return;
        }
        add("admin@taawun.test", "Amina Admin", "fr", Role.ADMIN, null);
        add("manager1@taawun.test", "Fatima Ait Lahcen", "ar", Role.COOP_MANAGER, DemoIds.COOP_ARGAN);
        add("manager2@taawun.test", "Khadija Bennani", "ar", Role.COOP_MANAGER, DemoIds.COOP_KHOURIBGA);
        add("manager-tn@taawun.test", "Salma Trabelsi", "fr", Role.COOP_MANAGER, DemoIds.COOP_TUNISIA);
        UUID shopManager = add("shop-manager@taawun.test", "Hafida Shop Manager", "ar", Role.SHOP_MANAGER, null);
        shopStaff.add(shopManager, DemoIds.SHOP_KHOURIBGA, Role.SHOP_MANAGER);
        UUID cashier = add("cashier@taawun.test", "Naima Cashier", "ar", Role.CASHIER, null);
        shopStaff.add(cashier, DemoIds.SHOP_KHOURIBGA, Role.CASHIER);
        add("officer@taawun.test", "Leila Officer", "fr", Role.PROGRAMME_OFFICER, null);
        add("trainer@taawun.test", "Youssef Trainer", "fr", Role.TRAINER, null);
        add("counsellor@taawun.test", "Meryem Counsellor", "ar", Role.COUNSELLOR, null);
        add("customer@taawun.test", "Sara Customer", "fr", Role.CUSTOMER, null);
        log.info("Demo accounts created (password '{}')", PASSWORD);
    }

    private UUID add(String email, String name, String locale, Role role, UUID cooperativeId) {
        Account account = new Account(email, name, Locale.forLanguageTag(locale), AccountStatus.ACTIVE);
        account.setPasswordFromMailbox(PASSWORD_HASH);
        account.grant(role);
        if (cooperativeId != null) {
            account.actFor(cooperativeId);
        }
        accounts.saveAndFlush(account);
        return account.id();
    }
}
