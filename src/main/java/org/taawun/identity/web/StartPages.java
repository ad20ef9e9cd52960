package org.taawun.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.taawun.identity.Role;

/**
 * After signing in, each person goes back to where she was going (the request saved when sign-in was asked for);
 * otherwise to her own start page, by her first role in this order: a cashier to the till. Programme staff have no
 * start page yet and, like customers, land on the home page.
 */
class StartPages extends SavedRequestAwareAuthenticationSuccessHandler {

    private static final Map<Role, String> START = new LinkedHashMap<>();

    static {
        START.put(Role.ADMIN, "/admin");
        START.put(Role.COOP_MANAGER, "/manage");
        START.put(Role.SHOP_MANAGER, "/shop");
        START.put(Role.CASHIER, "/shop/till");
        START.put(Role.COUNSELLOR, "/support/console");
    }

    StartPages() {
        setDefaultTargetUrl("/");
    }

    static String startPage(Collection<? extends GrantedAuthority> authorities) {
        Set<String> held =
                authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return START.entrySet().stream()
                .filter(e -> held.contains(e.getKey().authority()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("/");
    }

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        return startPage(authentication.getAuthorities());
    }
}
