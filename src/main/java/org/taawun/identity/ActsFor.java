package org.taawun.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller method: the signed-in user must be able to act for the cooperative that a path variable names (or
 * that owns what it names), as {@link AccessGuard#requireMayActFor} says. It is checked before the request's body and
 * parameters are read, converted or validated, so someone who may not act is refused (403) without learning which
 * input the cooperative's forms and API accept. When the path names nothing that exists, the handler answers its own
 * 404; the handler and its service still check access themselves.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ActsFor {

    /** The path variable naming the cooperative, or the thing whose cooperative {@link #owner()} finds. */
    String value();

    /** Finds the cooperative of what the path variable names; by default the path variable is the cooperative. */
    Class<? extends CooperativeOwnership> owner() default CooperativeOwnership.class;
}
