package org.taawun.support.messenger;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.stereotype.Component;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ConversationKey;

/**
 * Names a Messenger conversation without the sender id: a keyed hash (HMAC-SHA256) of it, so that a leaked
 * conversation key cannot be turned back into a Facebook account even by trying every id. The key is {@code
 * taawun.support.messenger.sender-key}, or derived from the app secret when that is unset.
 */
@Component
class SenderHash {

    private final MessengerProperties properties;

    SenderHash(MessengerProperties properties) {
        this.properties = properties;
    }

    ConversationKey keyOf(String senderId) {
        byte[] hash = Hmac.sha256(key(), senderId.getBytes(StandardCharsets.UTF_8));
        return new ConversationKey(
                ChatChannel.MESSENGER, Base64.getUrlEncoder().withoutPadding().encodeToString(hash));
    }

    private byte[] key() {
        String configured = properties.senderKey();
        if (configured != null && !configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        return Hmac.sha256(
                properties.appSecret().getBytes(StandardCharsets.UTF_8),
                "taawun.support.messenger.sender-key".getBytes(StandardCharsets.UTF_8));
    }
}
