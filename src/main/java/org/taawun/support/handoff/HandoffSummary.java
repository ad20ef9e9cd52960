package org.taawun.support.handoff;

import java.util.UUID;

/**
 * What a counsellor may know of a hand-off without reading it: its random handle, language, topic, danger flag and
 * status (never anything about the person).
 */
public record HandoffSummary(
        UUID id, String handle, String language, String topic, boolean danger, HandoffStatus status) {

    static HandoffSummary of(HandoffRow row) {
        return new HandoffSummary(row.id(), row.handle(), row.language(), row.topic(), row.danger(), row.status());
    }
}
