package org.taawun.shop;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Every {@link CashSessionClosed} whose transaction committed, on whichever thread: what other modules will hear. */
@Component
class ClosedSessions {

    private final List<CashSessionClosed> heard = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(CashSessionClosed event) {
        heard.add(event);
    }

    List<CashSessionClosed> of(UUID sessionId) {
        return heard.stream().filter(e -> e.sessionId().equals(sessionId)).toList();
    }
}
