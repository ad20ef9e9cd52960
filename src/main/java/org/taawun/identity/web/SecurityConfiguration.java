package org.taawun.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;
import org.taawun.identity.Role;
import org.taawun.identity.TaawunUser;
import org.taawun.identity.domain.AccountLookup;
import org.taawun.identity.domain.AccountService;
import org.taawun.identity.domain.LoginThrottle;

/** Two filter chains: the stateless JSON API (bearer tokens) and the pages (form login, session, CSRF). */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none';"
            + " frame-ancestors 'none'";

    private static final RedirectStrategy REDIRECTS = new DefaultRedirectStrategy();

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountUserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwordEncoder);
        // Status is checked only after the password matched, so that no answer reveals whether an account exists.
        dao.setPreAuthenticationChecks(user -> {});
        dao.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("suspended");
            }
        });
        return new ProviderManager(new ThrottlingAuthenticationProvider(dao, throttle));
    }

    /** Back to the sign-in page, saying why (no session is created for it). */
    private static void signInRefused(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        String target = e instanceof LoginThrottledException throttled
                ? "/login?throttled=" + throttled.retryAfter().toSeconds()
                : e instanceof DisabledException ? "/login?suspended" : "/login?error";
        REDIRECTS.sendRedirect(request, response, target);
    }

    /** The token filter runs inside the API chain only, not as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<ApiTokenFilter> apiTokenFilterRegistration(ApiTokenFilter filter) {
        FilterRegistrationBean<ApiTokenFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenFilter tokens, ApiProblemHandlers problems) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(tokens, UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h ->
                        h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.POST, "/api/v1/auth/tokens", "/api/v1/orders", "/api/v1/support/chat")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    /**
     * Webhooks called by other platforms (Messenger): no session, no CSRF token; each webhook checks the caller itself
     * (the Messenger one by the signature of the body).
     */
    @Bean
    @Order(2)
    SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
        http.securityMatcher("/webhooks/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(h ->
                        h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            AccountLookup accounts,
            AccountService accountService,
            LocaleResolver locales)
            throws Exception {
        StartPages startPages = new StartPages();
        http.authenticationManager(authenticationManager)
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        // her messages are written in the language of the pages she last signed in on
                        .successHandler((request, response, authentication) -> {
                            if (authentication.getPrincipal() instanceof TaawunUser user) {
                                accountService.useLanguage(user.id(), locales.resolveLocale(request));
                            }
                            startPages.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler(SecurityConfiguration::signInRefused)
                        .permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .securityContext(context -> context.securityContextRepository(new SessionStampCheck(
                        new DelegatingSecurityContextRepository(
                                new RequestAttributeSecurityContextRepository(),
                                new HttpSessionSecurityContextRepository()),
                        accounts)))
                .logout(logout ->
                        logout.logoutUrl("/logout").logoutSuccessUrl("/?bye").deleteCookies("JSESSIONID"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/manage/**")
                        .hasAnyRole(Role.COOP_MANAGER.name(), Role.ADMIN.name())
                        .requestMatchers("/shop/**")
                        .hasAnyRole(Role.SHOP_MANAGER.name(), Role.CASHIER.name(), Role.ADMIN.name())
                        .requestMatchers("/programme/**")
                        .hasAnyRole(Role.PROGRAMME_OFFICER.name(), Role.TRAINER.name(), Role.ADMIN.name())
                        .requestMatchers("/support/console/**")
                        .hasAnyRole(Role.COUNSELLOR.name(), Role.ADMIN.name())
                        .requestMatchers("/account/**")
                        .authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .permitAll());
        return http.build();
    }
}
