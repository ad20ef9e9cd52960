package org.taawun.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SignupForm(
        @NotBlank(message = "{shared.validation.required}") @Size(max = 120, message = "{shared.validation.too-long}")
                String name,
        @NotBlank(message = "{shared.validation.required}") @Email(message = "{shared.validation.email}")
                @Size(max = 254, message = "{shared.validation.too-long}")
                String email,
        @NotBlank(message = "{shared.validation.required}")
                @Size(min = Passwords.MIN, max = Passwords.MAX, message = "{identity.password.rule}")
                String password,
        String confirm) {

    static SignupForm empty() {
        return new SignupForm("", "", "", "");
    }

    @AssertTrue(message = "{identity.password.mismatch}")
    boolean isConfirmed() {
        return password == null || password.equals(confirm);
    }
}
