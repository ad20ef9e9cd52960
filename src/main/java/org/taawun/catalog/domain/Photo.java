package org.taawun.catalog.domain;

import jakarta.persistence.Embeddable;

/** A product photo stored at three sizes (about 160, 480 and 1200 px), as content-hashed JPEG files. */
@Embeddable
public record Photo(String small, String medium, String large) {}
