package org.taawun.shared.web;

import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's messages ({@code spring.messages.*}, as Spring Boot would configure them), formatting numbers and
 * dates of Arabic texts with Western digits even where the locale is plain {@code ar} (texts written outside a
 * request: notifications, Messenger replies).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        ResourceBundleMessageSource messages = new WesternDigitsMessageSource();
        messages.setBasenames(properties.getBasename().toArray(String[]::new));
        if (properties.getEncoding() != null) {
            messages.setDefaultEncoding(properties.getEncoding().name());
        }
        messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            messages.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return messages;
    }

    /** Formats the arguments of a message for its language as {@link SupportedLocales#forFormatting} says. */
    static final class WesternDigitsMessageSource extends ResourceBundleMessageSource {

        @Override
        protected MessageFormat createMessageFormat(String msg, Locale locale) {
            return super.createMessageFormat(msg, SupportedLocales.forFormatting(locale));
        }
    }
}
