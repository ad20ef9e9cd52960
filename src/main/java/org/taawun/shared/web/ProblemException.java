package org.taawun.shared.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal that the user should understand: a stable {@code code} for clients and a message key for the localised
 * text. Pages show the text; the API answers RFC 9457 problem details.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String messageKey;
    private final transient Object[] args;

    public ProblemException(HttpStatus status, String code, String messageKey, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static ProblemException notFound(String code, String messageKey, Object... args) {
        return new ProblemException(HttpStatus.NOT_FOUND, code, messageKey, args);
    }

    public static ProblemException conflict(String code, String messageKey, Object... args) {
        return new ProblemException(HttpStatus.CONFLICT, code, messageKey, args);
    }

    public static ProblemException refused(String code, String messageKey, Object... args) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, code, messageKey, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
