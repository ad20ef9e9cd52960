package org.taawun.support.handoff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.taawun.shared.TaawunProperties;
import org.taawun.support.chat.ConversationKey;

/**
 * Names a conversation in the database by a keyed hash (HMAC-SHA256) of its key, so that the hand-off tables never
 * hold a session token or a Messenger sender hash that could be matched with anything else. The key must survive
 * restarts (an open hand-off is found again by the hash of the next message), hence the property or the key file.
 */
@Component
class ConversationHasher {

    static final int MIN_KEY_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    ConversationHasher(HandoffProperties properties, TaawunProperties taawun) {
        String secret = properties.key();
        if (secret == null || secret.isBlank()) {
            secret = keyFile(taawun.dataDir().resolve("support").resolve("handoff.key"));
        }
        if (secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException(
                    "taawun.support.handoff.key must have at least " + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The hex HMAC-SHA256 of the channel and the id. */
    String hash(ConversationKey conversation) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(
                    (conversation.channel().name() + ":" + conversation.id()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the key file, making it (readable by its owner only) with a new random key when it is missing. */
    static String keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                try {
                    Files.writeString(
                            file,
                            Base64.getEncoder().encodeToString(random),
                            StandardCharsets.US_ASCII,
                            java.nio.file.StandardOpenOption.CREATE_NEW,
                            java.nio.file.StandardOpenOption.WRITE);
                    restrict(file);
                } catch (FileAlreadyExistsException raced) {
                    // Another context of this JVM made it first: use theirs.
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the hand-off key file " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply.
        }
    }
}
