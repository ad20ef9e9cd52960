package org.taawun.identity.domain;

/** INVITED accounts have no password yet; SUSPENDED ones cannot sign in. */
public enum AccountStatus {
    INVITED,
    ACTIVE,
    SUSPENDED
}
