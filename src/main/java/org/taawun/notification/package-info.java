/**
 * Notifications: an outbox written in the transaction of the change that causes it ({@link
 * org.taawun.notification.NotificationRequested}), delivered afterwards by providers with retries.
 */
package org.taawun.notification;
