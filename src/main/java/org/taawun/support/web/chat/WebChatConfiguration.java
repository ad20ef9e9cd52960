package org.taawun.support.web.chat;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The chat pages leave no trace in the browser: their own security chain (ahead of the pages' chain) creates no
 * session and needs no CSRF token (the conversation token in the form is the only secret, and a forged post could
 * only start a conversation nobody reads), sends no referrer and forbids caching; a filter drops every cookie that
 * anything would set on them (the language switcher's {@code lang} cookie: on these pages the language travels in
 * the form instead).
 */
@Configuration(proxyBeanMethods = false)
class WebChatConfiguration {

    static final String[] PATHS = {"/help", "/help/updates", "/help/exit"};

    /** Erased after 30 minutes without activity; at most 20,000 at once; a page shows the last 60 bubbles. */
    @Bean
    Transcripts transcripts() {
        return new Transcripts(Duration.ofMinutes(30), 20_000, 60, Ticker.systemTicker());
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChat(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS)
                // Still available (never required) so that the layout's sign-out form keeps its token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(PATHS))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; script-src 'self';"
                                + " style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self';"
                                + " base-uri 'self'; object-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    FilterRegistrationBean<NoCookies> webChatNoCookies() {
        FilterRegistrationBean<NoCookies> registration = new FilterRegistrationBean<>(new NoCookies());
        registration.addUrlPatterns(PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Drops every {@code Set-Cookie} of the response and forbids storing it anywhere. */
    static final class NoCookies extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            chain.doFilter(request, new CookielessResponse(response));
        }
    }

    private static final class CookielessResponse extends HttpServletResponseWrapper {

        CookielessResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            // Never on these pages.
        }

        @Override
        public void addHeader(String name, String value) {
            if (!HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }
    }
}
