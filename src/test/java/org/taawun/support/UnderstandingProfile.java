package org.taawun.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.taawun.support.understanding.Hit;
import org.taawun.support.understanding.SupportCorpus;

/**
 * A measuring harness, not a test: feeds {@link SupportCorpus} through {@link IntentMatcher#match} several times and
 * prints the CPU time per message of the last rounds (the first ones warm the JIT up). Run it with JFR to see where
 * the time goes (see {@code bench/RESULTS.md}). With a file argument it also writes what was understood of each
 * message (intents, danger kinds, hits), to check that a change of speed changed nothing of the behaviour.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.taawun.support.UnderstandingProfile 5000 10 [out.txt]
 * </pre>
 */
public final class UnderstandingProfile {

    private UnderstandingProfile() {}

    private static List<String> described(List<Hit> hits) {
        return hits.stream()
                .map(h -> h.list().name() + ":" + h.phrase().key() + "@" + h.start() + "-" + h.end() + "=" + h.score()
                        + "/" + h.typos())
                .toList();
    }

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long startUp = System.nanoTime();
        DangerDetector danger = new DangerDetector();
        IntentMatcher matcher = new IntentMatcher(danger);
        System.out.printf("start-up (lists and indexes): %.1f ms%n", (System.nanoTime() - startUp) / 1e6);
        List<String> messages = SupportCorpus.messages(size);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int sink = 0;
        for (int round = 1; round <= rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (String message : messages) {
                sink += matcher.match(message).intents().size();
            }
            double perMessage = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / messages.size();
            System.out.printf("round %d: %.1f µs CPU per message (%d messages)%n", round, perMessage, messages.size());
        }
        System.out.println("(checksum " + sink + ")");
        if (args.length > 2) {
            List<String> lines = new ArrayList<>();
            for (String message : messages) {
                IntentMatch match = matcher.match(message);
                lines.add(match.intents() + " "
                        + match.danger().kinds().stream().sorted().toList() + " " + described(matcher.explain(message))
                        + " "
                        + described(danger.explain(message)));
            }
            Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
        }
    }
}
