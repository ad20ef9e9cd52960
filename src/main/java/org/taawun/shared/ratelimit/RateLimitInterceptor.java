package org.taawun.shared.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.expression.MethodBasedEvaluationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.taawun.shared.web.ProblemException;

/**
 * Charges a {@link RateLimited} call to its caller: the client address (Tomcat's {@code getRemoteAddr()}, behind
 * trusted proxies the forwarded one; an IPv6 address counts by its /64 network), the signed-in account and the
 * recipient. Calls made outside a web request (demo data, jobs) are not limited.
 */
class RateLimitInterceptor implements MethodInterceptor {

    private static final SpelExpressionParser SPEL = new SpelExpressionParser();
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** Parsed once per annotation text (a handful in the code base). */
    private static final Map<String, Expression> RECIPIENTS = new ConcurrentHashMap<>();

    private final ObjectProvider<RateLimiter> limiter;

    RateLimitInterceptor(ObjectProvider<RateLimiter> limiter) {
        this.limiter = limiter;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)) {
            return invocation.proceed();
        }
        Method method = invocation.getMethod();
        Object target = invocation.getThis();
        Method specific = target == null ? method : AopUtils.getMostSpecificMethod(method, target.getClass());
        RateLimited limited = AnnotatedElementUtils.findMergedAnnotation(specific, RateLimited.class);
        if (limited == null) {
            return invocation.proceed();
        }
        RateLimiter.Caller caller = new RateLimiter.Caller(
                address(web.getRequest()), recipient(limited, specific, invocation.getArguments()), account());
        RateLimiter.Charge charge = limiter.getObject().charge(limited.value(), caller);
        try {
            return invocation.proceed();
        } catch (ProblemException e) {
            if (e.status() == HttpStatus.CONFLICT) {
                charge.refund();
            }
            throw e;
        } catch (OptimisticLockingFailureException e) {
            charge.refund();
            throw e;
        }
    }

    private static String recipient(RateLimited limited, Method method, Object[] arguments) {
        if (limited.recipient().isEmpty()) {
            return null;
        }
        MethodBasedEvaluationContext context = new MethodBasedEvaluationContext(null, method, arguments, NAMES);
        Object value = RECIPIENTS
                .computeIfAbsent(limited.recipient(), SPEL::parseExpression)
                .getValue(context);
        return value == null ? null : normalised(value.toString());
    }

    /** An e-mail in lower case; a phone by its last eight digits (the same for +212 6..., 0 6... and 00212 6...). */
    static String normalised(String recipient) {
        String text = recipient.trim().toLowerCase(Locale.ROOT);
        if (text.contains("@")) {
            return text;
        }
        String digits = text.replaceAll("\\D", "");
        return digits.length() > 8 ? digits.substring(digits.length() - 8) : digits.isEmpty() ? text : digits;
    }

    private static String account() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return auth.getName();
    }

    static String address(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || !address.contains(":")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                network.append(String.format("%02x", bytes[i]));
            }
            return network.append("::/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
