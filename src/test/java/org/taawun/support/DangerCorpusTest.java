package org.taawun.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Danger detection measured on two lists written for it ({@code src/test/resources/support/danger/}): at least 300
 * danger phrases (threats, violence, weapons, sexual violence, injuries, being locked in, children in danger, suicide
 * and self-harm, calls for help) in Darija (Arabic script and Latin script with digits), Arabic, French and English
 * with spelling variants, and at least 300 ordinary phrases, many sharing words with danger ones.
 *
 * <p>Recall must be 100%: a person in danger must never be missed, and each phrase of the list is a message she
 * could send. False alarms must stay under {@link #MAX_FALSE_ALARM_RATE}: a false alarm shows the emergency numbers
 * and asks whether she is safe, which costs little, but a bot that cries wolf is not believed. The figures are
 * written to {@code target/danger-bench.md} for {@code bench/danger/RESULTS.md}.
 */
class DangerCorpusTest {

    static final DangerDetector DETECTOR = new DangerDetector();
    /** At most 2 ordinary phrases in 100 may raise the alarm. */
    static final double MAX_FALSE_ALARM_RATE = 0.02;

    static final List<String> DANGER = read("support/danger/danger.txt");
    static final List<String> ORDINARY = read("support/danger/ordinary.txt");

    @Test
    void everyDangerPhraseRaisesTheAlarmAndFewOrdinaryOnesDo() throws IOException {
        List<String> missed =
                DANGER.stream().filter(text -> !DETECTOR.assess(text).alarm()).toList();
        List<String> falseAlarms = ORDINARY.stream()
                .filter(text -> DETECTOR.assess(text).alarm())
                .map(text -> text + " ← " + explain(text))
                .toList();
        double recall = 1.0 - (double) missed.size() / DANGER.size();
        double falseAlarmRate = (double) falseAlarms.size() / ORDINARY.size();
        writeFigures(missed, falseAlarms, recall, falseAlarmRate);

        assertThat(DANGER).hasSizeGreaterThanOrEqualTo(300).doesNotHaveDuplicates();
        assertThat(ORDINARY).hasSizeGreaterThanOrEqualTo(300).doesNotHaveDuplicates();
        assertThat(missed).as("danger phrases without an alarm").isEmpty();
        assertThat(falseAlarmRate).as("false alarms: %s", falseAlarms).isLessThanOrEqualTo(MAX_FALSE_ALARM_RATE);
    }

    private static void writeFigures(List<String> missed, List<String> falseAlarms, double recall, double rate)
            throws IOException {
        String text = String.format(
                Locale.ROOT,
                "| Danger phrases recognised (recall) | %d / %d (%.1f %%) |%n"
                        + "| Ordinary phrases with an alarm (false alarms) | %d / %d (%.1f %%) |%n%n"
                        + "Missed: %s%nFalse alarms: %s%n",
                DANGER.size() - missed.size(),
                DANGER.size(),
                100 * recall,
                falseAlarms.size(),
                ORDINARY.size(),
                100 * rate,
                missed,
                falseAlarms);
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("danger-bench.md"), text, StandardCharsets.UTF_8);
        System.out.print(text);
    }

    static List<String> read(String resource) {
        try (InputStream in = DangerCorpusTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String explain(String text) {
        return DETECTOR.explain(text).stream()
                .map(h -> h.list().name() + ": " + h.phrase())
                .collect(Collectors.joining("; "));
    }
}
