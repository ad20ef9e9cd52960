package org.taawun.support.messenger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a piece of work soon on its own thread when woken; several wakes in a row make one run. A failure is logged by
 * its class only (its message may quote what a person wrote): the caller's scheduled poll tries again.
 */
final class Waker {

    private static final Logger log = LoggerFactory.getLogger(Waker.class);

    private final String name;
    private final Runnable work;
    private final ExecutorService thread;
    private final AtomicBoolean woken = new AtomicBoolean();

    Waker(String name, Runnable work) {
        this.name = name;
        this.work = work;
        this.thread = Executors.newSingleThreadExecutor(Threads.named(name));
    }

    void wake() {
        if (woken.compareAndSet(false, true)) {
            thread.execute(() -> {
                woken.set(false);
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.warn("Messenger: {} failed ({})", name, e.getClass().getSimpleName());
                }
            });
        }
    }

    /** Lets the running work finish, for up to the given time. */
    void stop(long seconds) throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(seconds, TimeUnit.SECONDS);
    }
}
