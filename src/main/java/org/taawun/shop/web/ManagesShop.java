package org.taawun.shop.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller method: the signed-in person must manage the shop that a path variable names (its shop manager, or
 * an administrator). Checked before the body and parameters are read or validated, so someone else is refused (403)
 * without learning what the shop's forms accept. The services check again.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface ManagesShop {

    /** The path variable naming the shop. */
    String value() default "shopId";
}
