package org.taawun.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record NewPasswordForm(
        String token,
        @NotBlank(message = "{shared.validation.required}")
                @Size(min = Passwords.MIN, max = Passwords.MAX, message = "{identity.password.rule}")
                String password,
        String confirm) {

    @AssertTrue(message = "{identity.password.mismatch}")
    boolean isConfirmed() {
        return password == null || password.equals(confirm);
    }
}
