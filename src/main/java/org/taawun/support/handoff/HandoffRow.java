package org.taawun.support.handoff;

import java.time.Instant;
import java.util.UUID;
import org.taawun.support.chat.ChatChannel;

/**
 * One hand-off as stored: nothing in it names the person; the conversation is known by its keyed hash only.
 *
 * @param topic the intent name she was on, or null
 * @param counsellorId the account of the counsellor who took it, or null while it waits
 */
record HandoffRow(
        UUID id,
        String handle,
        String conversationHash,
        ChatChannel channel,
        String language,
        String topic,
        boolean danger,
        HandoffStatus status,
        UUID counsellorId,
        Instant requestedAt,
        Instant closedAt) {}
