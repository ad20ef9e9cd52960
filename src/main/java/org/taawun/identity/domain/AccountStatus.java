package org.taawun.identity.domain;

/** INVITED accounts have not yet followed a link sent to their e-mail (no password, no sign-in); SUSPENDED ones cannot sign in. */
public enum AccountStatus {
    INVITED,
    ACTIVE,
    SUSPENDED
}
