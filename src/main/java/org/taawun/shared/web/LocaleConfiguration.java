package org.taawun.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language is chosen by {@code ?lang=ar|fr|en} (remembered in a cookie), else by {@code Accept-Language}, else
 * Arabic.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "lang";

    private final LocaleResolver localeResolver = cookieResolver();

    @Bean
    LocaleResolver localeResolver() {
        return localeResolver;
    }

    private static LocaleResolver cookieResolver() {
        CookieLocaleResolver resolver = new FormattingLocaleResolver();
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(LocaleConfiguration::fromHeader);
        return resolver;
    }

    private static Locale fromHeader(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return SupportedLocales.DEFAULT;
        }
        return SupportedLocales.bestOf(request.getLocales());
    }

    /**
     * Resolves the chosen language as the locale that formats it ({@link SupportedLocales#forFormatting}): every number
     * and date of a request in Arabic (messages, {@code @fmt}, {@code #numbers}, validation) has Western digits. The
     * cookie keeps the language alone.
     */
    private static final class FormattingLocaleResolver extends CookieLocaleResolver {

        FormattingLocaleResolver() {
            super(COOKIE);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return SupportedLocales.forFormatting(super.resolveLocale(request));
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            LocaleContext chosen = super.resolveLocaleContext(request);
            return new TimeZoneAwareLocaleContext() {
                @Override
                public Locale getLocale() {
                    return SupportedLocales.forFormatting(chosen.getLocale());
                }

                @Override
                public TimeZone getTimeZone() {
                    return chosen instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
                }
            };
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageParameterInterceptor(localeResolver));
    }

    /** Applies {@code ?lang=} when it names a supported language; ignores anything else. */
    private record LanguageParameterInterceptor(LocaleResolver resolver) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = request.getParameter("lang");
            if (lang != null) {
                SupportedLocales.byTag(lang).ifPresent(l -> resolver.setLocale(request, response, l));
            }
            return true;
        }
    }
}
