package org.taawun.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A customer's sign-up: her name and e-mail; she chooses her password from the link sent to that e-mail. */
record SignupForm(
        @NotBlank(message = "{shared.validation.required}") @Size(max = 120, message = "{shared.validation.too-long}")
        String name,

        @NotBlank(message = "{shared.validation.required}")
        @Email(message = "{shared.validation.email}")
        @Size(max = 254, message = "{shared.validation.too-long}")
        String email) {

    static SignupForm empty() {
        return new SignupForm("", "");
    }
}
