package org.taawun.support.flows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.taawun.support.conversation.Action;
import org.taawun.support.conversation.Case;
import org.taawun.support.conversation.Flow;
import org.taawun.support.conversation.Node;
import org.taawun.support.conversation.Router;

/**
 * A flow as a tree for the administrator's page: from the start node, each node with its messages in her language
 * and its ways out, each leading to the node it reaches, shown in full the first time only; a node already shown
 * (a loop, or a node reached twice) is a link to it. Nodes reached otherwise (the danger answer, the restart, the
 * timeouts) follow as further roots.
 */
public final class FlowTree {

    /** One node: its messages and actions, in order, and its ways out. */
    public record Item(String id, List<Line> lines, String kind, List<Branch> branches) {}

    /** A message ({@code text}) or an action shown by its type ({@code action}, with an argument). */
    public record Line(String action, String text) {}

    /**
     * A way out: a case (by its quick-reply title, category, keywords, intent) or {@code other}/{@code next}/{@code
     * timeout}; {@code child} is null when the target was shown elsewhere (a link then).
     */
    public record Branch(String way, String label, String detail, String target, Item child) {}

    private final Flow flow;
    private final String language;
    private final Set<String> shown = new HashSet<>();

    private FlowTree(Flow flow, String language) {
        this.flow = flow;
        this.language = flow.speak(language);
    }

    public static List<Item> of(Flow flow, String language) {
        FlowTree tree = new FlowTree(flow, language);
        List<Item> roots = new ArrayList<>();
        Stream.concat(
                        Stream.of(flow.start(), flow.menu(), flow.danger(), flow.restart()),
                        flow.nodes().stream().map(Node::id))
                .forEach(id -> {
                    if (id != null && !tree.shown.contains(id) && flow.node(id).isPresent()) {
                        roots.add(tree.item(flow.node(id).get()));
                    }
                });
        return roots;
    }

    private Item item(Node node) {
        shown.add(node.id());
        List<Line> lines = node.actions().stream().map(this::line).toList();
        List<Branch> branches = new ArrayList<>();
        Router router = node.router();
        if (router != null) {
            for (Case c : router.cases()) {
                String title = c.title().isEmpty() ? c.category() : c.title().getOrDefault(language, c.category());
                branches.add(branch("case", title, detail(c), c.exit()));
            }
            if (router.other() != null) {
                branches.add(branch("other", router.type(), null, router.other()));
            }
        }
        if (node.next() != null) {
            branches.add(branch("next", null, null, node.next()));
        }
        if (node.timeout() != null) {
            branches.add(branch(
                    "timeout", node.timeout().after(), null, node.timeout().exit()));
        }
        String kind = node.ends() ? "end" : node.waits() ? "wait-" + router.type() : "go";
        return new Item(node.id(), lines, kind, branches);
    }

    private Branch branch(String way, String label, String detail, String target) {
        Item child = target == null || shown.contains(target)
                ? null
                : flow.node(target).map(this::item).orElse(null);
        return new Branch(way, label, detail, target, child);
    }

    private Line line(Action action) {
        if (action.hasText()) {
            return new Line(action.type(), action.text().getOrDefault(language, ""));
        }
        String argument = Stream.of(action.topic(), action.language(), action.country())
                .filter(a -> a != null)
                .findFirst()
                .orElse("");
        return new Line(action.type(), argument);
    }

    private static String detail(Case c) {
        List<String> parts = new ArrayList<>(c.keywords());
        if (c.intent() != null) {
            parts.add(c.intent());
        }
        return String.join(", ", parts);
    }
}
