package org.taawun.shared.ratelimit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Calls of this method while serving a web request are limited per client address, per signed-in account and, when
 * {@link #recipient()} is given, per phone number or e-mail address the action sends to ({@link RateLimiter}). Over
 * the limit the method is not called and {@link RateLimitedException} is thrown: 429 with {@code Retry-After}. A call
 * that ends in a 409 conflict (stock taken meanwhile) gives its account and recipient tokens back.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

    LimitedAction value();

    /** A SpEL expression over the method's arguments ({@code #order.customer().phone()}) giving a phone or e-mail. */
    String recipient() default "";
}
