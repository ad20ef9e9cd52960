package org.taawun.identity;

/** What a person does on the platform. A person may hold several roles. */
public enum Role {
    ADMIN,
    COOP_MANAGER,
    SHOP_MANAGER,
    CASHIER,
    PROGRAMME_OFFICER,
    TRAINER,
    COUNSELLOR,
    CUSTOMER;

    public String authority() {
        return "ROLE_" + name();
    }
}
