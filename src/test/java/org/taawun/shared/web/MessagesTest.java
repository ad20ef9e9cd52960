package org.taawun.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every module speaks Arabic, French and English with the same keys, and no template holds literal text. */
class MessagesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label");

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.contains("_"))
                    .map(n -> n.replace(".properties", ""))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyLanguageHasEveryKey(String bundle) throws IOException {
        Set<String> arabic = load(bundle + ".properties").stringPropertyNames();
        for (String language : List.of("fr", "en")) {
            Set<String> other = load(bundle + "_" + language + ".properties").stringPropertyNames();
            assertThat(other).as("keys of %s_%s", bundle, language).containsExactlyInAnyOrderElementsOf(arabic);
        }
        assertThat(arabic).allMatch(k -> k.startsWith(bundle + ".") || !k.contains("."), "keys start with the module");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noTranslationIsEmpty(String bundle) throws IOException {
        for (String suffix : List.of("", "_fr", "_en")) {
            Properties messages = load(bundle + suffix + ".properties");
            assertThat(messages.stringPropertyNames())
                    .allMatch(k -> !messages.getProperty(k).isBlank(), "no empty text in " + bundle + suffix);
        }
    }

    static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void templatesHoldNoLiteralText(Path template) throws IOException {
        Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
        List<String> literal = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (TextNode text : element.textNodes()) {
                if (LETTER.matcher(text.text()).find() && !element.hasAttr("th:text") && !element.hasAttr("th:utext")) {
                    literal.add("<" + element.tagName() + "> " + text.text().strip());
                }
            }
            element.attributes().forEach(attribute -> {
                if (TEXT_ATTRIBUTES.contains(attribute.getKey())
                        && LETTER.matcher(attribute.getValue()).find()) {
                    literal.add(attribute.getKey() + "=\"" + attribute.getValue() + "\"");
                }
            });
        }
        assertThat(literal)
                .as("literal text in %s (use #{...} message keys)", template)
                .isEmpty();
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(MESSAGES.resolve(file))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
