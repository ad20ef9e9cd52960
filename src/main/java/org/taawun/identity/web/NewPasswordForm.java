package org.taawun.identity.web;

import org.springframework.validation.BindingResult;

/** A new password typed twice. The rule ({@link Passwords}) is shown once, next to the field, never as its error. */
record NewPasswordForm(String token, String password, String confirm) {

    /**
     * One error at most per field, in the order of the form: the password is required and must follow the rule; the
     * two passwords typed must be the same (the error shows next to the second one).
     */
    void check(BindingResult errors) {
        if (password == null || password.isBlank()) {
            errors.rejectValue("password", "shared.validation.required");
        } else if (password.length() < Passwords.MIN) {
            errors.rejectValue("password", "identity.password.too-short");
        } else if (password.length() > Passwords.MAX) {
            errors.rejectValue("password", "shared.validation.too-long");
        }
        if (password != null && !password.equals(confirm)) {
            errors.rejectValue("confirm", "identity.password.mismatch");
        }
    }
}
