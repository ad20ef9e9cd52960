package org.taawun.shared.media;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Recognises the audio formats phones record, from their first bytes (never from the name the browser sends). */
final class AudioFormats {

    private AudioFormats() {}

    static Optional<String> extensionOf(byte[] b) {
        if (starts(b, "OggS")) {
            return Optional.of("ogg");
        }
        if (b.length > 4
                && (b[0] & 0xFF) == 0x1A
                && (b[1] & 0xFF) == 0x45
                && (b[2] & 0xFF) == 0xDF
                && (b[3] & 0xFF) == 0xA3) {
            return Optional.of("webm");
        }
        if (starts(b, "ID3") || (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0)) {
            return Optional.of("mp3");
        }
        if (b.length > 12 && "ftyp".equals(new String(b, 4, 4, StandardCharsets.ISO_8859_1))) {
            return Optional.of("m4a");
        }
        if (starts(b, "#!AMR")) {
            return Optional.of("amr");
        }
        if (starts(b, "RIFF") && b.length > 12 && "WAVE".equals(new String(b, 8, 4, StandardCharsets.ISO_8859_1))) {
            return Optional.of("wav");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (bytes[i] != m[i]) {
                return false;
            }
        }
        return true;
    }
}
