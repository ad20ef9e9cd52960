package org.taawun.cooperative;

/** Certifications shown as labels: ONSSA sanitary authorisation or agrement, organic, the Argane PGI. */
public enum CertificationKind {
    ONSSA_AUTHORISATION,
    ONSSA_AGREMENT,
    ORGANIC,
    ARGAN_PGI,
    OTHER
}
