package org.taawun.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors that Spring MVC raises itself, mostly before any controller is chosen: an unknown path (404), a wrong method
 * (405), a body type it does not take (415), an answer type it cannot give (406), a missing parameter or header (400).
 * Under {@code /api} they answer problem details with a stable {@code code} and a localised {@code detail}, like every
 * other API error ({@link ApiExceptionHandler} serves API controllers only, and here there is often no controller);
 * elsewhere the exception goes on to Spring's default handling and the friendly error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRequestExceptionHandler {

    private static final Map<HttpStatus, String> CODES = Map.of(
            HttpStatus.NOT_FOUND, "not-found",
            HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
            HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
            HttpStatus.BAD_REQUEST, "bad-request");

    private final Problems problems;

    ApiRequestExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler({
        NoHandlerFoundException.class,
        NoResourceFoundException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class,
        ServletRequestBindingException.class,
        MissingServletRequestPartException.class
    })
    ResponseEntity<ProblemDetail> answer(Exception e, HttpServletRequest request, Locale locale) throws Exception {
        if (!isApi(request) || !(e instanceof ErrorResponse error)) {
            throw e; // not the API's: Spring's default handling goes on as if this handler did not exist
        }
        HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
        ProblemDetail problem = problems.build(status, code(status), messageKey(status), locale, arguments(e));
        return ResponseEntity.status(status)
                .headers(error.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String code(HttpStatus status) {
        return CODES.getOrDefault(status, "http-" + status.value());
    }

    private static String messageKey(HttpStatus status) {
        return CODES.containsKey(status)
                ? "shared.error." + CODES.get(status)
                : "shared.error.status." + status.value();
    }

    private static Object[] arguments(Exception e) {
        if (e instanceof HttpMediaTypeNotSupportedException unsupported) {
            MediaType sent = unsupported.getContentType();
            return new Object[] {
                sent == null ? "-" : sent.getType() + "/" + sent.getSubtype(),
                unsupported.getSupportedMediaTypes().stream()
                        .map(MediaType::toString)
                        .collect(Collectors.joining(", "))
            };
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return new Object[] {method.getMethod(), String.join(", ", method.getSupportedMethods())};
        }
        return new Object[0];
    }
}
