package org.taawun.shop.domain;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.taawun.shared.web.ProblemException;

/** The cashier already has an open session at the shop: a second is refused (409), naming the open one. */
public class SessionAlreadyOpenException extends ProblemException {

    private final UUID sessionId;

    SessionAlreadyOpenException(UUID sessionId) {
        super(HttpStatus.CONFLICT, "session-already-open", "shop-sessions.error.already-open");
        this.sessionId = sessionId;
    }

    public UUID sessionId() {
        return sessionId;
    }
}
