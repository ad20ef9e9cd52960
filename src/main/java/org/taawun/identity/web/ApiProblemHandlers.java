package org.taawun.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.taawun.shared.web.Problems;

/** 401 and 403 of the API as problem details in the caller's language. */
@Component
class ApiProblemHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final LocaleResolver locales;

    ApiProblemHandlers(Problems problems, LocaleResolver locales) {
        this.problems = problems;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        problems.write(
                response,
                problems.build(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "shared.error.unauthenticated",
                        locales.resolveLocale(request)));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(
                response,
                problems.build(
                        HttpStatus.FORBIDDEN, "forbidden", "shared.error.forbidden", locales.resolveLocale(request)));
    }
}
