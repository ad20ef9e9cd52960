/**
 * Notifications: an outbox written in the transaction of the change that causes it ({@link
 * org.taawun.notification.NotificationRequested}), delivered afterwards by providers with retries.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.taawun.notification;
