package org.taawun.support.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ChatInput;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.Chatbot;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.understanding.SupportCorpus;

/**
 * A measuring harness, run only on demand ({@code -Dtaawun.profile=true}): conversations that greet, choose Darija,
 * say they are safe and in Morocco, then write the messages of {@link SupportCorpus}, through {@link Chatbot#handle};
 * prints the CPU time per message of each round (the first ones warm the JIT up). Every message must get an
 * answer (one with nothing to say while a counsellor has the conversation). With {@code -Dtaawun.profile.out=<file>} the answers are written down, to compare two versions of the engine.
 */
@EngineTest
@EnabledIfSystemProperty(named = "taawun.profile", matches = "true")
class EngineProfileTest {

    static final List<String> OPENING = List.of("salam", "darija", "iyeh", "lmaghrib");
    static final int PER_CONVERSATION = 10;

    @Autowired
    Chatbot bot;

    @Test
    void everyMessageIsAnsweredAndTheCpuTimeIsPrinted() throws IOException {
        List<String> corpus = SupportCorpus.messages(Integer.getInteger("taawun.profile.size", 3000));
        int rounds = Integer.getInteger("taawun.profile.rounds", 6);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> answers = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            answers.clear();
            long cpu = threads.getCurrentThreadCpuTime();
            int handled = 0;
            for (int from = 0; from < corpus.size(); from += PER_CONVERSATION) {
                ConversationKey key = new ConversationKey(ChatChannel.WEB, "profile-" + round + "-" + from);
                List<String> messages = new ArrayList<>(OPENING);
                messages.addAll(corpus.subList(from, Math.min(corpus.size(), from + PER_CONVERSATION)));
                for (String message : messages) {
                    ChatReply reply = bot.handle(key, ChatInput.text(message), "ar");
                    assertThat(reply.language()).as("an answer").isIn(FlowChatbot.LANGUAGES);
                    answers.add(reply.messages() + " " + reply.quickReplies());
                    handled++;
                }
            }
            double perMessage = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / handled;
            System.out.printf("engine round %d: %.1f µs CPU per message (%d messages)%n", round, perMessage, handled);
        }
        String out = System.getProperty("taawun.profile.out");
        if (out != null) {
            Files.write(Path.of(out), answers, StandardCharsets.UTF_8);
        }
    }
}
