package org.taawun.support.messenger;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Where received messages wait for a worker, so that the webhook answers at once. Each sender's messages always go to
 * the same single-thread worker, so they are handled in the order they came. The queues are bounded: when one is
 * full the webhook answers 503, and Meta delivers the call again later (the messages already queued from that call
 * are then recognised by their ids and handled once). Answering 200 and dropping would lose a person's message
 * without anyone knowing; 503 keeps it at Meta until there is room.
 */
@Component
class MessengerInbox {

    private final List<ThreadPoolExecutor> workers = new ArrayList<>();
    private final MessengerConversations conversations;

    MessengerInbox(MessengerConversations conversations, MessengerProperties properties) {
        this.conversations = conversations;
        int count = Math.max(1, properties.workers());
        int capacity = Math.max(1, properties.queueCapacity() / count);
        for (int i = 0; i < count; i++) {
            workers.add(new ThreadPoolExecutor(
                    1,
                    1,
                    0,
                    TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(capacity),
                    Threads.named("messenger-worker-" + i)));
        }
    }

    /** Queues the messages; false when a queue was full (some of them may have been queued). */
    boolean accept(List<IncomingMessage> messages) {
        try {
            for (IncomingMessage message : messages) {
                workerOf(message.senderId()).execute(() -> conversations.handle(message));
            }
            return true;
        } catch (RejectedExecutionException full) {
            return false;
        }
    }

    private ThreadPoolExecutor workerOf(String senderId) {
        return workers.get(Math.floorMod(senderId.hashCode(), workers.size()));
    }

    /** At shutdown the queued messages are still handled (for up to 10 s), while the database is still there. */
    @PreDestroy
    void stop() throws InterruptedException {
        workers.forEach(ThreadPoolExecutor::shutdown);
        for (ThreadPoolExecutor worker : workers) {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
