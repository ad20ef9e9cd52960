package org.taawun.shared.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the public writes ({@code taawun.rate-limits.*}, defaults in application.properties), each
 * {@code count/period} per client address, per recipient (phone or e-mail the action sends to) and per signed-in
 * account; a missing one is not limited.
 */
@ConfigurationProperties("taawun.rate-limits")
@Validated
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @Valid ActionLimits order,
        @NotNull @Valid ActionLimits supportChat,
        @NotNull @Valid ActionLimits application,
        @NotNull @Valid ActionLimits signup,
        @NotNull @Valid ActionLimits passwordReset) {

    public record ActionLimits(Limit perAddress, Limit perRecipient, Limit perAccount) {}

    ActionLimits of(LimitedAction action) {
        return switch (action) {
            case ORDER -> order;
            case SUPPORT_CHAT -> supportChat;
            case APPLICATION -> application;
            case SIGNUP -> signup;
            case PASSWORD_RESET -> passwordReset;
        };
    }
}
