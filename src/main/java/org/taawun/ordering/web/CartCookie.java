package org.taawun.ordering.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.taawun.ordering.domain.Carts;

/** The cart's id lives in a cookie, not in the session: it survives sign-in, sign-out and server restarts. */
@Component
class CartCookie {

    static final String NAME = "cart";

    private final Carts carts;

    CartCookie(Carts carts) {
        this.carts = carts;
    }

    Optional<UUID> current(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                try {
                    UUID id = UUID.fromString(cookie.getValue());
                    return carts.exists(id) ? Optional.of(id) : Optional.empty();
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    UUID currentOrNew(HttpServletRequest request, HttpServletResponse response) {
        return current(request).orElseGet(() -> {
            UUID id = carts.create();
            ResponseCookie cookie = ResponseCookie.from(NAME, id.toString())
                    .path("/")
                    .httpOnly(true)
                    .sameSite("Lax")
                    .maxAge(Duration.ofDays(60))
                    .secure(request.isSecure())
                    .build();
            response.addHeader("Set-Cookie", cookie.toString());
            return id;
        });
    }
}
