package org.taawun.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SignupForm(
        @NotBlank(message = "{shared.validation.required}") @Size(max = 120, message = "{shared.validation.too-long}")
        String name,

        @NotBlank(message = "{shared.validation.required}")
        @Email(message = "{shared.validation.email}")
        @Size(max = 254, message = "{shared.validation.too-long}")
        String email,

        @NotBlank(message = "{shared.validation.required}")
        @Size(min = Passwords.MIN, max = Passwords.MAX, message = "{identity.password.rule}")
        String password,

        String confirm) {

    static SignupForm empty() {
        return new SignupForm("", "", "", "");
    }

    /** The two passwords typed must be the same; the error shows next to the second one. */
    void checkConfirmation(org.springframework.validation.BindingResult errors) {
        if (password != null && !password.equals(confirm)) {
            errors.rejectValue("confirm", "identity.password.mismatch");
        }
    }
}
