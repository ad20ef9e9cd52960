package org.taawun.catalog.domain;

import jakarta.persistence.Embeddable;
import java.util.List;

/** A product photo stored at three sizes (about 160, 480 and 1200 px), as content-hashed JPEG files. */
@Embeddable
public record Photo(String small, String medium, String large) {

    /** The longer side of each variant, in pixels: small, medium, large. */
    static final int[] SIDES = {160, 480, 1200};

    /** The photo whose variants are these file names, in the order of {@link #SIDES}. */
    static Photo of(List<String> variants) {
        return new Photo(variants.get(0), variants.get(1), variants.get(2));
    }
}
