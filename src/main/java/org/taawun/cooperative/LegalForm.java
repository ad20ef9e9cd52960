package org.taawun.cooperative;

/** The legal forms a member of the registry may have. */
public enum LegalForm {
    COOPERATIVE,
    WOMENS_GROUP,
    GDA,
    SMSA,
    AUTO_ENTREPRENEUR
}
