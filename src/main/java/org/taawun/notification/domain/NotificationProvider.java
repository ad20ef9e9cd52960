package org.taawun.notification.domain;

import org.taawun.notification.Channel;

/** Delivers notifications of some channels; throws when delivery failed and should be retried. */
public interface NotificationProvider {

    boolean supports(Channel channel);

    void send(OutboxMessage message) throws Exception;
}
