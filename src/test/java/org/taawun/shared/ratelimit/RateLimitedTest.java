package org.taawun.shared.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with the rate limits on and small (one Spring context for all rate-limit tests), over a real
 * port too. Each test uses its own client addresses and phones: the buckets live in the database the whole test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "taawun.rate-limits.enabled=true",
            "taawun.rate-limits.order.per-address=5/1h",
            "taawun.rate-limits.order.per-recipient=2/1h",
            "taawun.rate-limits.order.per-account=3/1h",
            "taawun.rate-limits.support-chat.per-address=3/1h",
            "taawun.rate-limits.application.per-address=2/1h",
            "taawun.rate-limits.signup.per-address=2/1h",
            "taawun.rate-limits.password-reset.per-address=10/1h",
            "taawun.rate-limits.password-reset.per-recipient=2/1h",
            // only this address is a trusted proxy: a client connecting from 127.0.0.2 is not
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@interface RateLimitedTest {}
