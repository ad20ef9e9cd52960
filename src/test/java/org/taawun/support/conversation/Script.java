package org.taawun.support.conversation;

import java.util.Arrays;
import org.taawun.support.chat.Chatbot;

/**
 * A golden conversation written as a script, checked turn by turn: {@code @fr} the language the channel knows
 * (first line, optional), {@code > text} she writes, {@code * title} she taps a quick reply, {@code < text} the
 * answer contains it, {@code ! text} the answer does not contain it, {@code ? a | b} the quick replies are exactly
 * these, {@code ?+ a | b} they include these.
 */
final class Script {

    private Script() {}

    static Chat play(Chatbot bot, String script) {
        String[] lines = script.strip().split("\n");
        String language = lines[0].startsWith("@") ? lines[0].substring(1).strip() : null;
        Chat chat = new Chat(bot, language);
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("@") || line.startsWith("#")) {
                continue;
            }
            String verb = line.substring(0, line.indexOf(' '));
            String rest = line.substring(verb.length()).strip();
            switch (verb) {
                case ">" -> chat.write(rest);
                case "*" -> chat.tap(rest);
                case "<" -> chat.says(rest);
                case "!" -> chat.saysNot(rest);
                case "?" -> chat.offers(titles(rest));
                case "?+" -> chat.offersAlso(titles(rest));
                default -> throw new IllegalArgumentException("Unknown script line: " + line);
            }
        }
        return chat;
    }

    private static String[] titles(String rest) {
        return Arrays.stream(rest.split("\\|")).map(String::strip).toArray(String[]::new);
    }
}
