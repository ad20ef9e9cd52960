package org.taawun.shared.web;

import org.springframework.http.HttpStatus;

/** A field that passed the form's own checks but fails a rule of the domain (a slug taken, a region elsewhere). */
public class InvalidFieldException extends ProblemException {

    private final String field;

    public InvalidFieldException(String field, String messageKey, Object... args) {
        super(HttpStatus.BAD_REQUEST, "invalid-input", messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
