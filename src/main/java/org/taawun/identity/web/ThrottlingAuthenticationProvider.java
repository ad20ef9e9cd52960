package org.taawun.identity.web;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.taawun.identity.TaawunUser;
import org.taawun.identity.domain.LoginThrottle;

/**
 * Counts each sign-in attempt before its password is checked and refuses it during the growing delay that follows
 * repeated failures per account or per address (even with the right password); keeps no password in the result.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress()
                : "unknown";
        Optional<Duration> wait = throttle.begin(email, address);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throw e; // counted as a failure by begin()
        } catch (AuthenticationException e) {
            throttle.succeeded(email, address); // the password matched (a suspended account), or no check was made
            throw e;
        }
        throttle.succeeded(email, address);
        TaawunUser user = ((TaawunUser) result.getPrincipal()).withoutPassword();
        UsernamePasswordAuthenticationToken clean =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        clean.setDetails(authentication.getDetails());
        return clean;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
