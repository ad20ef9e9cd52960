package org.taawun.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Simultaneous calls on one bucket, from one node and from two (two limiters over the same table, as two application
 * nodes keep their own proxies): exactly the limit passes.
 */
@RateLimitedTest
class SharedBucketTest {

    @Autowired
    RateLimiter limiter;

    @Autowired
    ProxyManager<Long> buckets;

    @Autowired
    RateLimitProperties properties;

    @Test
    void simultaneousCallsOfOneNodeTakeExactlyTheLimit() throws Exception {
        // orders per address: 5 an hour in this test context
        assertThat(passed(List.of(limiter), "203.0.113.71", 24)).isEqualTo(5);
    }

    @Test
    void simultaneousCallsOfTwoNodesShareOneCount() throws Exception {
        RateLimiter otherNode = new RateLimiter(buckets, properties);
        assertThat(passed(List.of(limiter, otherNode), "203.0.113.72", 24)).isEqualTo(5);
    }

    private static int passed(List<RateLimiter> nodes, String address, int calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                RateLimiter node = nodes.get(i % nodes.size());
                Callable<Boolean> call = () -> {
                    start.await();
                    try {
                        node.charge(LimitedAction.ORDER, new RateLimiter.Caller(address, null, null));
                        return true;
                    } catch (RateLimitedException e) {
                        return false;
                    }
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            int passed = 0;
            for (Future<Boolean> result : results) {
                passed += result.get() ? 1 : 0;
            }
            return passed;
        } finally {
            pool.shutdownNow();
        }
    }
}
