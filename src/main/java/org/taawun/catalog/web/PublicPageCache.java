package org.taawun.catalog.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.taawun.catalog.ProductChanged;
import org.taawun.cooperative.CooperativeProfileChanged;
import org.taawun.cooperative.CooperativeSuspended;
import org.taawun.cooperative.CooperativeVerified;

/**
 * Micro-cache of the pages every visitor sees alike: the home page, the storefronts, the search page and the API's
 * public product list, as rendered for a visitor who is not signed in, per address, query and language, for a few seconds. Any change to a cooperative or a product
 * empties it at once on this node (other nodes within {@link #TTL}). Pages that set a cookie, answer anything but
 * 200, or are asked for by a signed-in person are never cached. Runs after Spring Security, so every answer still
 * carries the security headers.
 */
class PublicPageCache extends OncePerRequestFilter {

    static final Duration TTL = Duration.ofSeconds(10);
    /** As server.compression.min-response-size: shorter answers are sent as they are. */
    static final int MIN_COMPRESSED = 512;

    /** A page, also compressed once for the clients that accept gzip (most): not compressed again at every request. */
    private record Page(byte[] body, byte[] gzipped, String contentType, String contentLanguage) {}

    private static final Pattern ACCEPTS_GZIP =
            Pattern.compile("(^|,)\\s*gzip\\s*(;\\s*q\\s*=\\s*(1|0?\\.\\d*[1-9]\\d*)\\s*)?(,|$)");

    private final Cache<String, Page> pages =
            Caffeine.newBuilder().maximumSize(5_000).expireAfterWrite(TTL).build();
    private final LocaleResolver locales;
    private final ConcurrentHashMap<String, Object> rendering = new ConcurrentHashMap<>();

    PublicPageCache(LocaleResolver locales) {
        this.locales = locales;
    }

    void forgetAll() {
        pages.invalidateAll();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"GET".equals(request.getMethod()) || !cacheable(path) || request.getParameter("lang") != null;
    }

    /** The home page, the storefronts, the search page and the public product list of the API. */
    static boolean cacheable(String path) {
        return "/".equals(path)
                || "/search".equals(path)
                || "/api/v1/products".equals(path)
                || (path.startsWith("/c/") && path.indexOf('/', 3) < 0);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locales.resolveLocale(request);
        String key = locale.toLanguageTag() + " " + request.getRequestURI() + "?" + request.getQueryString();
        Page cached = pages.getIfPresent(key);
        if (cached == null) {
            // One request renders a page that is missing; the others asking for it meanwhile wait for that copy
            // instead of all rendering it at once when it expires.
            Object lock = rendering.computeIfAbsent(key, k -> new Object());
            synchronized (lock) {
                cached = pages.getIfPresent(key);
                if (cached == null) {
                    try {
                        render(key, request, response, chain);
                    } finally {
                        rendering.remove(key, lock);
                    }
                    return;
                }
            }
        }
        send(cached, request, response);
    }

    private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader("Content-Language", page.contentLanguage());
        }
        response.setHeader("Vary", "Accept-Encoding");
        byte[] body = page.body();
        if (page.gzipped() != null && acceptsGzip(request)) {
            response.setHeader("Content-Encoding", "gzip");
            body = page.gzipped();
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null
                && ACCEPTS_GZIP.matcher(accepted.toLowerCase(Locale.ROOT)).find();
    }

    /** The body gzipped, or null when it is too short to gain from it. */
    private static byte[] gzip(byte[] body) {
        if (body.length < MIN_COMPRESSED) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.DEFAULT_COMPRESSION);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorder);
        if (recorder.getStatus() == 200
                && !recorder.getHeaderNames().contains("Set-Cookie")
                && recorder.getContentType() != null
                && (recorder.getContentType().startsWith("text/html")
                        || recorder.getContentType().startsWith("application/json"))) {
            byte[] body = recorder.getContentAsByteArray();
            Page page = new Page(body, gzip(body), recorder.getContentType(), recorder.getHeader("Content-Language"));
            pages.put(key, page);
            // Sent as later copies are: compressed once here, not again by the server.
            send(page, request, response);
            return;
        }
        recorder.copyBodyToResponse();
    }

    private static boolean anonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    /** Registers the filter and empties the cache at every change of a cooperative or a product. */
    @Component
    static class Registration {

        private final PublicPageCache cache;

        Registration(LocaleResolver locales) {
            this.cache = new PublicPageCache(locales);
        }

        @org.springframework.context.annotation.Bean
        org.springframework.boot.web.servlet.FilterRegistrationBean<PublicPageCache> publicPageCacheFilter() {
            return new org.springframework.boot.web.servlet.FilterRegistrationBean<>(cache);
        }

        @TransactionalEventListener(fallbackExecution = true)
        void on(CooperativeProfileChanged event) {
            cache.forgetAll();
        }

        @TransactionalEventListener(fallbackExecution = true)
        void on(CooperativeVerified event) {
            cache.forgetAll();
        }

        @TransactionalEventListener(fallbackExecution = true)
        void on(CooperativeSuspended event) {
            cache.forgetAll();
        }

        @TransactionalEventListener(fallbackExecution = true)
        void on(ProductChanged event) {
            cache.forgetAll();
        }
    }
}
