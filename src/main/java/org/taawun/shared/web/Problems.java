package org.taawun.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details with a stable {@code code} and a {@code detail} in the request's language. */
@Component
public class Problems {

    private final MessageSource messages;
    private final JsonMapper json;

    Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public ProblemDetail build(HttpStatus status, String code, String messageKey, Locale locale, Object... args) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, messages.getMessage(messageKey, args, messageKey, locale));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    public String text(String messageKey, Locale locale, Object... args) {
        return messages.getMessage(messageKey, args, messageKey, locale);
    }

    /** Writes a problem straight to the response, for filters that answer before any controller. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
