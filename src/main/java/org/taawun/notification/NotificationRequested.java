package org.taawun.notification;

import java.util.List;
import java.util.Locale;

/**
 * Published by any module in the transaction of a change that someone must hear of. The notification module stores
 * it in its outbox in that same transaction, with the text resolved in the recipient's language.
 *
 * @param subjectKey message key of the subject (e-mail) or of the short text (SMS)
 * @param bodyKey message key of the body; {@code args} fill its placeholders
 */
public record NotificationRequested(
        Channel channel, String recipient, Locale locale, String subjectKey, String bodyKey, List<String> args) {

    public NotificationRequested {
        args = List.copyOf(args);
    }

    public static NotificationRequested email(
            String recipient, Locale locale, String subjectKey, String bodyKey, String... args) {
        return new NotificationRequested(Channel.EMAIL, recipient, locale, subjectKey, bodyKey, List.of(args));
    }
}
