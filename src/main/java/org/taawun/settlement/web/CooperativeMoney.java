package org.taawun.settlement.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller method: the signed-in person must be allowed to see (or, with {@code pay}, to pay) the money of the
 * cooperative a path variable names, as {@link org.taawun.settlement.domain.MoneyAccess} says. Checked before the
 * body and parameters are read, so anyone else is refused (403) without learning what the request accepts. The
 * services check again.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface CooperativeMoney {

    /** The path variable naming the cooperative. */
    String value() default "id";

    /** Whether the method records a payout (else it only reads). */
    boolean pay() default false;
}
