package org.taawun.cooperative.web;

import java.util.Arrays;
import org.springframework.validation.BindingResult;
import org.taawun.shared.web.InvalidFieldException;

/** Puts a domain refusal next to its field, as the form's own checks do; names the first field in error. */
final class FormErrors {

    private FormErrors() {}

    static void add(BindingResult errors, InvalidFieldException e) {
        errors.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
    }

    /**
     * The first of these fields (in the order the page shows them) that has an error, or {@code null}: the page puts
     * {@code autofocus} on it, so that the focus moves to the first error without JavaScript.
     */
    static String first(BindingResult errors, String... fieldsInPageOrder) {
        return Arrays.stream(fieldsInPageOrder)
                .filter(errors::hasFieldErrors)
                .findFirst()
                .orElse(null);
    }
}
