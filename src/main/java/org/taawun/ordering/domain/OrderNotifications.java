package org.taawun.ordering.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.identity.Accounts;
import org.taawun.notification.Channel;
import org.taawun.notification.NotificationRequested;
import org.taawun.ordering.PartStatus;
import org.taawun.shared.TaawunProperties;

/**
 * Who hears of what, through the outbox (in the transaction of the change): each cooperative of a new order at once
 * (SMS or WhatsApp to its phone, as it chose, and e-mail to its managers), the customer (in the language she ordered in)
 * when her order is placed and when a part moves, expiry included.
 */
@Component
class OrderNotifications {

    private final ApplicationEventPublisher events;
    private final CooperativeDirectory cooperatives;
    private final Accounts accounts;
    private final TaawunProperties properties;
    private final NoticeChannels channels;

    OrderNotifications(
            ApplicationEventPublisher events,
            CooperativeDirectory cooperatives,
            Accounts accounts,
            TaawunProperties properties,
            NoticeChannels channels) {
        this.events = events;
        this.cooperatives = cooperatives;
        this.accounts = accounts;
        this.properties = properties;
        this.channels = channels;
    }

    void placed(Order order) {
        for (OrderPart part : order.parts()) {
            String link = properties.baseUrl() + "/manage/orders/" + part.id();
            String total = part.total().toPlainString() + " " + order.currency();
            Optional<CooperativeDirectory.Contact> contact = cooperatives.contact(part.cooperativeId());
            Locale locale = contact.map(CooperativeDirectory.Contact::locale).orElse(Locale.FRENCH);
            contact.ifPresent(c -> events.publishEvent(new NotificationRequested(
                    channels.of(part.cooperativeId()),
                    c.phone(),
                    locale,
                    "ordering.sms.new-order",
                    "ordering.sms.new-order",
                    List.of(part.number(), total, link))));
            for (Accounts.Manager manager : accounts.managersOf(part.cooperativeId())) {
                events.publishEvent(NotificationRequested.email(
                        manager.email(),
                        locale,
                        "ordering.mail.new-order.subject",
                        "ordering.mail.new-order.body",
                        part.number(),
                        total,
                        String.valueOf(part.lines().size()),
                        link));
            }
        }
        events.publishEvent(new NotificationRequested(
                Channel.SMS,
                order.customerPhone(),
                order.locale(),
                "ordering.sms.placed",
                "ordering.sms.placed",
                List.of(order.number(), trackingUrl(order))));
    }

    void moved(OrderPart part) {
        if (part.status() == PartStatus.NEW) {
            return;
        }
        Order order = part.order();
        events.publishEvent(new NotificationRequested(
                Channel.SMS,
                order.customerPhone(),
                order.locale(),
                "ordering.sms.status." + part.status().name(),
                "ordering.sms.status." + part.status().name(),
                List.of(part.number(), trackingUrl(order))));
    }

    /** The cooperative hears at once that the customer cancelled her part (on its phone, as of a new order). */
    void cancelledByCustomer(OrderPart part) {
        String link = properties.baseUrl() + "/manage/orders/" + part.id();
        cooperatives
                .contact(part.cooperativeId())
                .ifPresent(c -> events.publishEvent(new NotificationRequested(
                        channels.of(part.cooperativeId()),
                        c.phone(),
                        c.locale(),
                        "ordering.sms.cancelled-by-customer",
                        "ordering.sms.cancelled-by-customer",
                        List.of(part.number(), link))));
    }

    String trackingUrl(Order order) {
        return properties.baseUrl() + "/orders/track/" + order.trackingToken();
    }
}
