package org.taawun.shop.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller method: the signed-in person must work at the till of the shop that a path variable names (its
 * cashier, its manager, or an administrator). Checked before the body is read, as {@link ManagesShop}: anyone else is
 * refused (403) without learning what the till accepts. The services check again.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface SellsAtShop {

    /** The path variable naming the shop. */
    String value() default "shopId";
}
