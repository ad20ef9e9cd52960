package org.taawun.support.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named list of phrases, read from a UTF-8 text file of the class path, one phrase a line, written naturally (the
 * phrases go through {@link TextNormaliser} like the messages):
 *
 * <pre>
 * # a comment
 * &#64;max-words 4      the list is only looked for in messages of at most 4 words
 * &#64;weight 0.5       a match of this list counts half (greetings give way to any topic)
 * &#64;language fr      the phrases that follow are written in this language (ar, fr, en, or ary-Latn for Darija
 *                    in Latin script), until the next such line
 * = 0                the message must be exactly this
 * porter plainte
 * violen*            any word starting with "violen"
 * </pre>
 *
 * A phrase written twice (after normalisation) is kept once.
 *
 * @param name the list's name (the file name without its folder and extension)
 * @param phrases the phrases in file order
 * @param maxWords the longest message the list is looked for in, or 0 for any
 * @param weight how much one matched word counts
 */
public record PhraseList(String name, List<Phrase> phrases, int maxWords, double weight) {

    public PhraseList {
        phrases = List.copyOf(phrases);
    }

    /** Reads a list from the class path; a missing or malformed file stops the application from starting. */
    public static PhraseList read(String resource) {
        InputStream in = PhraseList.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Phrase list not found on the class path: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String name = resource.substring(resource.lastIndexOf('/') + 1).replaceFirst("\\.txt$", "");
            return parse(name, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** Parses the lines of a list (see the class comment for the format). */
    public static PhraseList parse(String name, List<String> lines) {
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        int maxWords = 0;
        double weight = 1;
        String language = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@max-words ")) {
                maxWords = Integer.parseInt(line.substring(11).strip());
            } else if (line.startsWith("@weight ")) {
                weight = Double.parseDouble(line.substring(8).strip());
            } else if (line.startsWith("@language ")) {
                language = line.substring(10).strip();
            } else if (line.startsWith("@")) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": unknown directive " + line);
            } else {
                Phrase phrase = phrase(name, line, i + 1, language);
                phrases.putIfAbsent(phrase.key(), phrase);
            }
        }
        return new PhraseList(name, new ArrayList<>(phrases.values()), maxWords, weight);
    }

    private static Phrase phrase(String name, String line, int number, String language) {
        boolean whole = line.startsWith("=");
        String text = whole ? line.substring(1) : line;
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            boolean star = word.endsWith("*");
            List<String> tokens = TextNormaliser.tokens(star ? word.substring(0, word.length() - 1) : word);
            if (star && (tokens.size() != 1 || tokens.get(0).length() < 3)) {
                throw new IllegalArgumentException(name + " line " + number + ": a star needs three letters before it");
            }
            tokens.forEach(t -> words.add(star ? t + "*" : t));
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException(name + " line " + number + ": nothing left after normalisation");
        }
        return new Phrase(words, whole, number, language);
    }
}
