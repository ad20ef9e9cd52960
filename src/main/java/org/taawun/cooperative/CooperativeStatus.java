package org.taawun.cooperative;

/** PENDING until an administrator verifies or rejects the application; a verified one may be SUSPENDED. */
public enum CooperativeStatus {
    PENDING,
    VERIFIED,
    REJECTED,
    SUSPENDED
}
