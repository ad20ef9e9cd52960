package org.taawun.support.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taawun.shared.TaawunProperties;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ConversationKey;

/** The keyed hash that names a conversation: stable across restarts, secret, and never the key itself. */
class ConversationHasherTest {

    static final ConversationKey KEY = new ConversationKey(ChatChannel.MESSENGER, "sender-hash-1");

    @TempDir
    Path dataDir;

    @Test
    void withoutAConfiguredKeyAKeyFileIsMadeOnceAndKeptForTheNextStart() throws Exception {
        String first = hasher(null, dataDir).hash(KEY);
        String afterRestart = hasher(null, dataDir).hash(KEY);

        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(afterRestart).doesNotContain("sender-hash-1");
        Path file = dataDir.resolve("support/handoff.key");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(hasher(null, dataDir.resolve("other")).hash(KEY))
                .as("another key")
                .isNotEqualTo(first);
    }

    @Test
    void aConfiguredKeyWinsAndTheChannelCounts() {
        ConversationHasher hasher = hasher("k".repeat(ConversationHasher.MIN_KEY_LENGTH), dataDir);
        assertThat(hasher.hash(KEY)).isNotEqualTo(hasher(null, dataDir).hash(KEY));
        assertThat(hasher.hash(new ConversationKey(ChatChannel.WEB, "sender-hash-1")))
                .isNotEqualTo(hasher.hash(KEY));
        assertThat(Files.exists(dataDir.resolve("support/handoff.key"))).isTrue();
    }

    @Test
    void aShortKeyStopsTheStart() {
        assertThatThrownBy(() -> hasher("too-short", dataDir)).isInstanceOf(IllegalStateException.class);
    }

    private static ConversationHasher hasher(String key, Path dataDir) {
        return new ConversationHasher(
                new HandoffProperties(key, Duration.ofHours(24)), new TaawunProperties(dataDir, "http://localhost"));
    }
}
