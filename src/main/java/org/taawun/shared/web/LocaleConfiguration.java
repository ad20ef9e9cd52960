package org.taawun.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(LocaleConfiguration::fromHeader);
        return resolver;
    }

    private static java.util.Locale fromHeader(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return SupportedLocales.DEFAULT;
        }
        return SupportedLocales.bestOf(request.getLocales());
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
