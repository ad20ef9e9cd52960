package org.taawun.notification.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the secrets that links carry (reset, invitation and verification tokens, tracking tokens): the value of a
 * {@code token}, {@code code}, {@code key} or {@code secret} query parameter, and any other path segment or query
 * value of 20 or more URL-safe characters that is not a UUID (random secrets are that long; ids and order numbers
 * are UUIDs or short). What is left shows which page the link opens.
 */
final class SecretLinks {

    static final String HIDDEN = "***";

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");
    private static final Pattern NAMED = Pattern.compile("([?&](?:token|code|key|secret)=)[^&#\\s]+");
    private static final Pattern LONG = Pattern.compile("(?<=[/=])[A-Za-z0-9_\\-]{20,}(?=$|[/?&#.,;:!)\\]])");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private SecretLinks() {}

    /** The text with the secrets of its links hidden; {@code null} stays {@code null}. */
    static String redact(String text) {
        if (text == null) {
            return null;
        }
        Matcher links = URL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (links.find()) {
            links.appendReplacement(out, Matcher.quoteReplacement(redactLink(links.group())));
        }
        links.appendTail(out);
        return out.toString();
    }

    private static String redactLink(String link) {
        int pathStart = link.indexOf('/', link.indexOf("://") + 3);
        if (pathStart < 0) {
            return link;
        }
        String path = NAMED.matcher(link.substring(pathStart)).replaceAll("$1" + Matcher.quoteReplacement(HIDDEN));
        Matcher segments = LONG.matcher(path);
        StringBuilder out = new StringBuilder();
        while (segments.find()) {
            String segment = segments.group();
            segments.appendReplacement(
                    out, Matcher.quoteReplacement(UUID.matcher(segment).matches() ? segment : HIDDEN));
        }
        segments.appendTail(out);
        return link.substring(0, pathStart) + out;
    }
}
