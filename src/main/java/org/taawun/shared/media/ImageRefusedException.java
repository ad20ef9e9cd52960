package org.taawun.shared.media;

import org.taawun.shared.web.InvalidFieldException;

/** An upload that is not a usable image: not an image, too large, or too small. */
public class ImageRefusedException extends InvalidFieldException {

    public ImageRefusedException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
