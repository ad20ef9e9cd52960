package org.taawun.support.conversation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A conversation flow in the style of RapidPro: versioned data (JSON, see {@code support/flows/}) that an
 * administrator can export, edit and import without a new release. The engine starts a conversation at {@link
 * #start}, comes back to {@link #menu} at the global menu word, jumps to {@link #danger} whenever a message raises
 * the alarm, and goes to {@link #restart} at the first message after a node that {@link Node#end ends}.
 *
 * @param languages the enabled languages; every text must exist in each of them
 * @param intents where free text goes when the current node has no case for it: an {@link
 *     org.taawun.support.Intent} name (such as {@code LEGAL_AID}) to a node id
 */
public record Flow(
        String uuid,
        String name,
        int version,
        List<String> languages,
        String start,
        String menu,
        String danger,
        String restart,
        Map<String, String> intents,
        List<Node> nodes) {

    public Flow {
        languages = languages == null ? List.of() : List.copyOf(languages);
        intents = intents == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(intents));
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id() != null && n.id().equals(id)).findFirst();
    }

    public Flow withVersion(int newVersion) {
        return new Flow(uuid, name, newVersion, languages, start, menu, danger, restart, intents, nodes);
    }

    public Flow withName(String newName) {
        return new Flow(uuid, newName, version, languages, start, menu, danger, restart, intents, nodes);
    }

    public Flow withNodes(List<Node> changed) {
        return new Flow(uuid, name, version, languages, start, menu, danger, restart, intents, changed);
    }

    public Flow withNode(Node replaced) {
        return withNodes(nodes.stream()
                .map(n -> n.id().equals(replaced.id()) ? replaced : n)
                .toList());
    }

    /** The language to speak: the asked one when the flow has it, else the flow's first language. */
    public String speak(String language) {
        return languages.contains(language) || languages.isEmpty() ? language : languages.get(0);
    }
}
