package org.taawun.identity.web;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or from this address; try again later. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("throttled");
    }
}
