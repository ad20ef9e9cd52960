package org.taawun.support.messenger;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a limit, so that an enormous body costs no memory: a declared length over the limit is
 * refused without reading, and an undeclared one is read only up to one byte past it.
 */
final class BoundedBody {

    private BoundedBody() {}

    /** The body, or null when it is larger than {@code limit} bytes. */
    static byte[] read(HttpServletRequest request, int limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            return body.length > limit ? null : body;
        }
    }
}
