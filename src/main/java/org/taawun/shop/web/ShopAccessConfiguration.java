package org.taawun.shop.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.taawun.identity.AccessGuard;

/**
 * Checks {@link ManagesShop} (the shop's managers) and {@link SellsAtShop} (whoever may sell there) once the handler is
 * chosen and before its arguments (the body) are read.
 */
@Configuration(proxyBeanMethods = false)
class ShopAccessConfiguration implements WebMvcConfigurer {

    private final AccessGuard guard;

    ShopAccessConfiguration(AccessGuard guard) {
        this.guard = guard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method) {
                    ManagesShop manages = method.getMethodAnnotation(ManagesShop.class);
                    if (manages != null) {
                        check(request, manages.value(), guard::requireMayManageShop, "@ManagesShop");
                    }
                    SellsAtShop sells = method.getMethodAnnotation(SellsAtShop.class);
                    if (sells != null) {
                        check(request, sells.value(), ShopAccessConfiguration.this::requireMaySellAt, "@SellsAtShop");
                    }
                }
                return true;
            }
        });
    }

    private static void check(HttpServletRequest request, String name, Consumer<UUID> require, String annotation) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || !variables.containsKey(name)) {
            throw new IllegalStateException(annotation + " names no path variable of this handler: " + name);
        }
        UUID shopId;
        try {
            shopId = UUID.fromString(variables.get(name));
        } catch (IllegalArgumentException e) {
            return; // not an id: the handler answers 404 itself
        }
        require.accept(shopId);
    }

    private void requireMaySellAt(UUID shopId) {
        if (!guard.maySellAt(shopId)) {
            throw new AccessDeniedException("may not sell at shop " + shopId);
        }
    }
}
