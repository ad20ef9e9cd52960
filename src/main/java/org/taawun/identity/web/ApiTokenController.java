package org.taawun.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.identity.TaawunUser;
import org.taawun.identity.domain.ApiTokens;
import org.taawun.shared.web.Problems;

/** {@code POST /api/v1/auth/tokens} exchanges an e-mail and password for a bearer token (throttled like sign-in). */
@RestController
@RequestMapping("/api/v1/auth/tokens")
class ApiTokenController {

    record Credentials(
            @NotBlank @Size(max = 254) String email,
            @NotBlank @Size(max = 128) String password) {}

    record Token(String token, Instant expiresAt) {}

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final Problems problems;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    ApiTokenController(AuthenticationManager authentication, ApiTokens tokens, Problems problems) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.problems = problems;
    }

    @PostMapping
    ResponseEntity<Token> create(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(credentials.email(), credentials.password());
        attempt.setDetails(details.buildDetails(request));
        Authentication result = authentication.authenticate(attempt);
        ApiTokens.Issued issued = tokens.issue(((TaawunUser) result.getPrincipal()).id());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Token(issued.token(), issued.expiresAt()));
    }

    @DeleteMapping("/current")
    ResponseEntity<Void> revoke(@RequestHeader("Authorization") String header) {
        tokens.revoke(header.replaceFirst("^Bearer ", "").trim());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> refused(AuthenticationException e, Locale locale) {
        if (e instanceof LoginThrottledException throttled) {
            long seconds = throttled.retryAfter().toSeconds();
            String wait = seconds >= 120
                    ? problems.text("identity.login.wait-minutes", locale, (seconds + 59) / 60)
                    : problems.text("identity.login.wait-seconds", locale, seconds);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(problems.build(
                            HttpStatus.TOO_MANY_REQUESTS, "login-throttled", "identity.login.throttled", locale, wait));
        }
        if (e instanceof DisabledException) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(problems.build(
                            HttpStatus.FORBIDDEN, "account-suspended", "identity.login.suspended", locale));
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(problems.build(HttpStatus.UNAUTHORIZED, "bad-credentials", "identity.login.error", locale));
    }
}
