package org.taawun.support.handoff;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases what a hand-off kept, row and messages, once the retention has passed: after it closed, or, for one left
 * open (never taken, or taken and then left), after its last message. Only the aggregate statistics remain. Runs every
 * ten minutes on every node (deleting twice is harmless), and each node then forgets the conversation keys it no
 * longer needs, including those of hand-offs closed on another node.
 */
@Component
public class HandoffEraser {

    private static final Logger LOG = LoggerFactory.getLogger(HandoffEraser.class);

    private final HandoffStore store;
    private final ReachableConversations reachable;
    private final HandoffProperties properties;

    HandoffEraser(HandoffStore store, ReachableConversations reachable, HandoffProperties properties) {
        this.store = store;
        this.reachable = reachable;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void eraseNow() {
        eraseExpired(Instant.now());
    }

    /** Erases every hand-off whose retention ended before {@code now}; answers how many were erased. */
    @Transactional
    public int eraseExpired(Instant now) {
        List<String> erased = store.eraseBefore(now.minus(properties.retention()));
        reachable.keepOnly(store.openHashes());
        if (!erased.isEmpty()) {
            LOG.info("Erased {} counsellor hand-off(s) after their retention", erased.size());
        }
        return erased.size();
    }
}
