package org.taawun.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the support chatbot.
 *
 * @param quickExitUrl the neutral site that the quick-exit button of every help page leaves for
 */
@Validated
@ConfigurationProperties("taawun.support")
public record SupportProperties(
        @DefaultValue("https://www.google.com/") @jakarta.validation.constraints.Pattern(regexp = "https://.+")
        String quickExitUrl) {}
