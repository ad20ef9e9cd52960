package org.taawun.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record NewPasswordForm(
        String token,

        @NotBlank(message = "{shared.validation.required}")
        @Size(min = Passwords.MIN, max = Passwords.MAX, message = "{identity.password.rule}")
        String password,

        String confirm) {

    /** The two passwords typed must be the same; the error shows next to the second one. */
    void checkConfirmation(org.springframework.validation.BindingResult errors) {
        if (password != null && !password.equals(confirm)) {
            errors.rejectValue("confirm", "identity.password.mismatch");
        }
    }
}
