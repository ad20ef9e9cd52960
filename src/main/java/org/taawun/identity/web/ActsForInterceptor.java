package org.taawun.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.taawun.identity.AccessGuard;
import org.taawun.identity.ActsFor;
import org.taawun.identity.CooperativeOwnership;

/**
 * Checks {@link ActsFor} once the handler is chosen and before its arguments are resolved: an interceptor runs before
 * Spring MVC reads the body, converts parameters and validates, so a refusal comes first. A refusal is the same
 * {@link org.springframework.security.access.AccessDeniedException} as the guard's, answered by the usual handlers
 * (problem details in the API, the 403 page otherwise).
 */
class ActsForInterceptor implements HandlerInterceptor {

    private final AccessGuard guard;
    private final BeanFactory beans;

    ActsForInterceptor(AccessGuard guard, BeanFactory beans) {
        this.guard = guard;
        this.beans = beans;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            ActsFor actsFor = method.getMethodAnnotation(ActsFor.class);
            if (actsFor != null) {
                cooperative(actsFor, pathVariable(request, actsFor.value())).ifPresent(guard::requireMayActFor);
            }
        }
        return true;
    }

    /** The cooperative concerned; empty when the path names none (not an id, or nothing by that id). */
    private Optional<UUID> cooperative(ActsFor actsFor, String value) {
        UUID id;
        try {
            id = UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the handler refuses the path itself (400)
        }
        if (actsFor.owner() == CooperativeOwnership.class) {
            return Optional.of(id);
        }
        return beans.getBean(actsFor.owner()).cooperativeOf(id);
    }

    private static String pathVariable(HttpServletRequest request, String name) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || !variables.containsKey(name)) {
            throw new IllegalStateException("@ActsFor names no path variable of this handler: " + name);
        }
        return variables.get(name);
    }
}
