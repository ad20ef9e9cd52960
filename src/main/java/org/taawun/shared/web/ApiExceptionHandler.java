package org.taawun.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.taawun.shared.ratelimit.RateLimitedException;

/** Every error of the JSON API as problem details with a stable code and a localised detail. */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private final Problems problems;
    private final MessageSource messages;

    ApiExceptionHandler(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    ProblemDetail refused(ProblemException e, Locale locale) {
        return problems.build(e.status(), e.code(), e.messageKey(), locale, e.args());
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> tooManyRequests(RateLimitedException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problems.build(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-requests",
                        "shared.error.too-many-requests",
                        locale,
                        minutes(e)));
    }

    static long minutes(RateLimitedException e) {
        return (e.retryAfterSeconds() + 59) / 60;
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e, Locale locale) {
        ProblemDetail problem = problems.build(e.status(), e.code(), e.messageKey(), locale, e.args());
        problem.setProperty(
                "errors",
                List.of(Map.of("field", e.field(), "message", problems.text(e.messageKey(), locale, e.args()))));
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail changedMeanwhile(OptimisticLockingFailureException e, Locale locale) {
        return problems.build(HttpStatus.CONFLICT, "changed-meanwhile", "shared.error.changed-meanwhile", locale);
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException e, Locale locale) {
        ProblemDetail problem =
                problems.build(HttpStatus.BAD_REQUEST, "invalid-input", "shared.error.invalid-input", locale);
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(Exception e, Locale locale) {
        return problems.build(HttpStatus.BAD_REQUEST, "unreadable-body", "shared.error.unreadable", locale);
    }

    /** A malformed id in the address names nothing that could exist: not found; a malformed parameter: 400. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return PageExceptionHandler.inPath(e)
                ? problems.build(HttpStatus.NOT_FOUND, "not-found", "shared.error.not-found", locale)
                : unreadable(e, locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e, Locale locale) {
        return problems.build(HttpStatus.FORBIDDEN, "forbidden", "shared.error.forbidden", locale);
    }
}
