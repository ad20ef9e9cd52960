package org.taawun.settlement.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.taawun.settlement.domain.MoneyAccess;

/** Checks {@link CooperativeMoney} once the handler is chosen and before its arguments are read. */
@Configuration(proxyBeanMethods = false)
class SettlementAccessConfiguration implements WebMvcConfigurer {

    private final MoneyAccess access;

    SettlementAccessConfiguration(MoneyAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method) {
                    CooperativeMoney money = method.getMethodAnnotation(CooperativeMoney.class);
                    if (money != null) {
                        check(request, money);
                    }
                }
                return true;
            }
        });
    }

    private void check(HttpServletRequest request, CooperativeMoney money) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || !variables.containsKey(money.value())) {
            throw new IllegalStateException("@CooperativeMoney names no path variable: " + money.value());
        }
        UUID id;
        try {
            id = UUID.fromString(variables.get(money.value()));
        } catch (IllegalArgumentException e) {
            throw new AccessDeniedException("not a cooperative id");
        }
        if (money.pay() ? !access.mayPay(id) : !access.maySee(id)) {
            throw new AccessDeniedException("may not " + (money.pay() ? "pay" : "see the money of") + " " + id);
        }
    }
}
