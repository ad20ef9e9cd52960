package org.taawun.shared.media;

import org.taawun.shared.web.InvalidFieldException;

/** An upload that is not usable media: not an image or a recording, too large, or too small. */
public class MediaRefusedException extends InvalidFieldException {

    public MediaRefusedException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
