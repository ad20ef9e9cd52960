package org.taawun.catalog;

/** A DRAFT is visible to its cooperative only; PUBLISHED products are public and can be ordered. */
public enum ProductStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED
}
