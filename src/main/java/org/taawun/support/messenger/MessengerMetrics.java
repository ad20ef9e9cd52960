package org.taawun.support.messenger;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts of what the channel did, by outcome only: no conversation, sender or message is ever a tag. Exposed at
 * {@code /actuator/prometheus} as {@code taawun_support_messenger_*}.
 */
@Component
class MessengerMetrics {

    private final MeterRegistry registry;

    MessengerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A webhook call answered with something else than 200: {@code signature}, {@code too_large}. */
    void refused(String reason) {
        registry.counter("taawun.support.messenger.webhook.refused", "reason", reason)
                .increment();
    }

    /**
     * A received event: {@code handled}, {@code duplicate} (not stored again), {@code too_old} (neither stored nor
     * processed), {@code unanswered}, {@code failed} (the engine failed), {@code dropped} (after its last attempt).
     */
    void event(String outcome) {
        registry.counter("taawun.support.messenger.events", "outcome", outcome).increment();
    }

    /** A send attempt: {@code sent}, {@code retry}, {@code refused}, {@code given_up}. */
    void sent(String outcome) {
        registry.counter("taawun.support.messenger.sends", "outcome", outcome).increment();
    }

    /** A pushed reply that could not be sent: {@code no_recipient}, {@code window_closed}. */
    void dropped(String reason) {
        registry.counter("taawun.support.messenger.dropped", "reason", reason).increment();
    }
}
