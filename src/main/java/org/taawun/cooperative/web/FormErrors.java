package org.taawun.cooperative.web;

import org.springframework.validation.BindingResult;
import org.taawun.shared.web.InvalidFieldException;

/** Puts a domain refusal next to its field, as the form's own checks do. */
final class FormErrors {

    private FormErrors() {}

    static void add(BindingResult errors, InvalidFieldException e) {
        errors.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
    }
}
