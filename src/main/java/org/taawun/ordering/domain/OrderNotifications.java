package org.taawun.ordering.domain;

import static org.taawun.ordering.domain.OrderText.isolated;
import static org.taawun.ordering.domain.OrderText.isolatedLink;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
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
import org.taawun.shared.web.SupportedLocales;

/**
 * Who hears of what, through the outbox (in the transaction of the change): each cooperative of a new order at once
 * (SMS or WhatsApp to its phone, as it chose, and e-mail to its managers), the customer (in the language she ordered in)
 * when her order is placed and when a part moves, expiry included. Every value inserted into a text (numbers, amounts,
 * links) is isolated ({@link OrderText}), so that an Arabic SMS reads right.
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
            Optional<CooperativeDirectory.Contact> contact = cooperatives.contact(part.cooperativeId());
            Locale locale = contact.map(CooperativeDirectory.Contact::locale).orElse(Locale.FRENCH);
            String total = amount(part.total(), order.currency(), locale);
            contact.ifPresent(c -> events.publishEvent(new NotificationRequested(
                    channels.of(part.cooperativeId()),
                    c.phone(),
                    locale,
                    "ordering.sms.new-order",
                    "ordering.sms.new-order",
                    List.of(isolated(part.number()), isolated(total), isolatedLink(link)))));
            for (Accounts.Manager manager : accounts.managersOf(part.cooperativeId())) {
                events.publishEvent(NotificationRequested.email(
                        manager.email(),
                        locale,
                        "ordering.mail.new-order.subject",
                        "ordering.mail.new-order.body",
                        isolated(part.number()),
                        isolated(total),
                        isolated(part.lines().size()),
                        isolatedLink(link)));
            }
        }
        events.publishEvent(new NotificationRequested(
                Channel.SMS,
                order.customerPhone(),
                order.locale(),
                "ordering.sms.placed",
                "ordering.sms.placed",
                List.of(isolated(order.number()), isolatedLink(trackingUrl(order)))));
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
                List.of(isolated(part.number()), isolatedLink(trackingUrl(order)))));
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
                        List.of(isolated(part.number()), isolatedLink(link)))));
    }

    /** An amount as the recipient reads it: her language's decimal mark, Western digits, the currency's decimals. */
    static String amount(BigDecimal amount, String currency, Locale locale) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        NumberFormat format = NumberFormat.getNumberInstance(SupportedLocales.forFormatting(locale));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount) + "\u00a0" + currency;
    }

    String trackingUrl(Order order) {
        return properties.baseUrl() + "/orders/track/" + order.trackingToken();
    }
}
