package org.taawun.shared.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;

/** Bucket4j's PostgreSQL buckets (table {@code shared.rate_limit_bucket}, migration V25) and the advice of {@link RateLimited}. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<Long> rateLimitBuckets(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .table("shared.rate_limit_bucket")
                // a bucket full again is the same as none: its row may go
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /** Found by Spring's infrastructure auto-proxying (no AspectJ needed); the limiter is looked up at first call. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor rateLimitAdvisor(ObjectProvider<RateLimiter> limiter) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(RateLimited.class), new RateLimitInterceptor(limiter));
        // outside any transaction of the method: the buckets use their own short transactions
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return advisor;
    }

    @Configuration(proxyBeanMethods = false)
    static class Cleaning {

        private final PostgreSQLSelectForUpdateBasedProxyManager<Long> buckets;

        Cleaning(PostgreSQLSelectForUpdateBasedProxyManager<Long> buckets) {
            this.buckets = buckets;
        }

        /** Rows of buckets refilled to the top are deleted, a thousand at a time. */
        @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT5M")
        void removeFullBuckets() {
            while (buckets.removeExpired(1000) == 1000) {
                // more to remove
            }
        }
    }
}
