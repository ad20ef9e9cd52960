package org.taawun.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.taawun.shared.ratelimit.RateLimitedException;

/** A refusal on a page: the friendly error page with the localised reason, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(ProblemException.class)
    String refused(ProblemException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("reasonKey", e.messageKey());
        model.addAttribute("reasonArgs", e.args());
        return "error";
    }

    @ExceptionHandler(RateLimitedException.class)
    String tooManyRequests(RateLimitedException e, Model model, HttpServletResponse response) {
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        model.addAttribute("status", 429);
        model.addAttribute("reasonKey", "shared.error.too-many-requests");
        model.addAttribute("reasonArgs", new Object[] {ApiExceptionHandler.minutes(e)});
        return "error";
    }

    /** A malformed id in the address ({@code /p/abc}) names nothing that could exist: not found, not "try again". */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        int status = inPath(e) ? 404 : 400;
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }

    static boolean inPath(MethodArgumentTypeMismatchException e) {
        return e.getParameter().hasParameterAnnotation(PathVariable.class);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String changedMeanwhile(Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("status", 409);
        model.addAttribute("reasonKey", "shared.error.changed-meanwhile");
        model.addAttribute("reasonArgs", new Object[0]);
        return "error";
    }
}
