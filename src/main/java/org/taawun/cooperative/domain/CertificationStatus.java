package org.taawun.cooperative.domain;

/** A certification declared by a manager waits (DECLARED) until an administrator checks its document or refuses it. */
public enum CertificationStatus {
    DECLARED,
    CHECKED,
    REJECTED
}
