package org.taawun.support.web.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One message shown in the web conversation, numbered in the order it arrived so that a poll can ask only for what
 * came after the last one it has.
 *
 * @param seq the position in the conversation, from 1
 */
record Bubble(int seq, Speaker speaker, String text) {

    /** A number the bot gives at the end of a line ("Police — 19"): short national numbers or E.164. */
    private static final Pattern NUMBER_AT_END = Pattern.compile(" — (\\+?[0-9]{2,15})$");

    /**
     * One line of the text, and the number it ends with when the bot gives one (else null), so that the page shows it
     * as a link that starts a call.
     */
    record Line(String text, String number) {
        public String tel() {
            return "tel:" + number;
        }
    }

    /** The lines of the text; those of the bot that end with a number are split off it. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher m = speaker == Speaker.BOT ? NUMBER_AT_END.matcher(line) : null;
            if (m != null && m.find()) {
                lines.add(new Line(line.substring(0, m.start()) + " — ", m.group(1)));
            } else {
                lines.add(new Line(line, null));
            }
        }
        return lines;
    }

    /** The {@code tel:} links of the numbers the bot gives in this bubble, in order. */
    public List<String> calls() {
        return lines().stream().filter(l -> l.number() != null).map(Line::tel).toList();
    }

    /** Who wrote a bubble; the page gives each its own side and colour. */
    enum Speaker {
        PERSON,
        BOT,
        COUNSELLOR;

        public String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
