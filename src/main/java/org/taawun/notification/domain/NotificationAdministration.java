package org.taawun.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.taawun.notification.domain.Outbox.Entry;

/** What administrators see of the outbox: the latest notifications, every parked one, and retrying a parked one. */
@Service
public class NotificationAdministration {

    private static final int LATEST = 200;
    private static final int PARKED = 500;

    private final Outbox outbox;

    NotificationAdministration(Outbox outbox) {
        this.outbox = outbox;
    }

    public List<Entry> latest() {
        return outbox.latest(LATEST);
    }

    /** Parked notifications, oldest first, however old (up to 500). */
    public List<Entry> parked() {
        return outbox.parked(PARKED);
    }

    /** One more attempt of a parked notification, now; false when it is not parked (any more). */
    public boolean retry(UUID id) {
        return outbox.retryParked(id, Instant.now()) > 0;
    }
}
