package org.taawun.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.taawun.identity.TaawunUser;
import org.taawun.identity.domain.AccountLookup;

/**
 * Ends a signed-in session as soon as its account's password, roles or status changed, on every node: the session
 * holds the account's stamp from when she signed in, and each signed-in request compares it with the stamp in the
 * database (one read by primary key). Visitors without a session cost nothing: no session is read, none created.
 */
class SessionStampCheck implements SecurityContextRepository {

    private final SecurityContextRepository delegate;
    private final AccountLookup accounts;

    SessionStampCheck(SecurityContextRepository delegate, AccountLookup accounts) {
        this.delegate = delegate;
        this.accounts = accounts;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext loaded = delegate.loadDeferredContext(request);
        return new DeferredSecurityContext() {

            private SecurityContext checked;
            private boolean ended;

            @Override
            public SecurityContext get() {
                if (checked == null) {
                    checked = check(request, loaded.get());
                    ended = checked != loaded.get();
                }
                return checked;
            }

            @Override
            public boolean isGenerated() {
                get();
                return ended || loaded.isGenerated();
            }
        };
    }

    private SecurityContext check(HttpServletRequest request, SecurityContext context) {
        if (context.getAuthentication() == null
                || !(context.getAuthentication().getPrincipal() instanceof TaawunUser user)) {
            return context;
        }
        boolean current = accounts.activeSessionStamp(user.id())
                .map(stamp -> stamp == user.sessionStamp())
                .orElse(false);
        if (current) {
            return context;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return SecurityContextHolder.createEmptyContext();
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return check(holder.getRequest(), delegate.loadContext(holder));
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        delegate.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return delegate.containsContext(request);
    }
}
