package org.taawun.support.flows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.taawun.support.Intent;
import org.taawun.support.conversation.Action;
import org.taawun.support.conversation.Case;
import org.taawun.support.conversation.Flow;
import org.taawun.support.conversation.Node;
import org.taawun.support.conversation.Router;

/**
 * The rules a flow must keep before it is loaded or saved, so that no conversation can get stuck: unique node ids;
 * every exit leads to an existing node; no dead end (each node waits, goes on or ends, and never more than one of
 * these); no round of nodes that never waits; every text in every enabled language; quick-reply titles of at most 20
 * characters and at most 13 of them (Messenger's limits); known action and router types, intents, countries and
 * languages; the danger node shows the emergency numbers. Each problem names its node.
 */
final class FlowValidator {

    static final List<String> LANGUAGES = List.of("ar", "fr", "en");
    static final List<String> COUNTRIES = List.of("MA", "TN");
    static final int MAX_TITLE = 20;
    static final int MAX_CHOICES = 13;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private final Flow flow;
    private final List<FlowProblem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private FlowValidator(Flow flow) {
        this.flow = flow;
    }

    static List<FlowProblem> check(Flow flow) {
        FlowValidator validator = new FlowValidator(flow);
        validator.run();
        return List.copyOf(validator.problems);
    }

    private void run() {
        if (flow.name() == null || !NAME.matcher(flow.name()).matches()) {
            problem(null, "name");
        }
        if (flow.languages().isEmpty() || !LANGUAGES.containsAll(flow.languages())) {
            problem(null, "languages", String.join(", ", LANGUAGES));
        }
        if (flow.nodes().isEmpty()) {
            problem(null, "no-nodes");
            return;
        }
        for (Node node : flow.nodes()) {
            if (node.id() == null || !NAME.matcher(node.id()).matches()) {
                problem(node.id(), "node-id");
            } else if (!ids.add(node.id())) {
                problem(node.id(), "duplicate-id", node.id());
            }
        }
        exits(
                null,
                Map.of(
                        "start",
                        nz(flow.start()),
                        "menu",
                        nz(flow.menu()),
                        "danger",
                        nz(flow.danger()),
                        "restart",
                        nz(flow.restart())));
        flow.intents().forEach((intent, target) -> {
            knownIntent(null, intent);
            exit(null, "intent " + intent, target);
        });
        flow.nodes().forEach(this::node);
        dangerShowsNumbers();
        new Rounds(flow).found().forEach(id -> problem(id, "loop"));
    }

    private void node(Node node) {
        long ways = Stream.of(node.router() != null, node.next() != null, node.ends())
                .filter(b -> b)
                .count();
        if (ways == 0) {
            problem(node.id(), "dead-end");
        } else if (ways > 1) {
            problem(node.id(), "ambiguous");
        }
        if (node.next() != null) {
            exit(node.id(), "next", node.next());
        }
        node.actions().forEach(action -> action(node, action));
        if (node.router() != null) {
            router(node, node.router());
        }
        if (node.timeout() != null) {
            if (!node.waits()
                    || node.timeout()
                            .duration()
                            .filter(d -> !d.isNegative() && !d.isZero())
                            .isEmpty()) {
                problem(node.id(), "timeout", node.timeout().after());
            }
            exit(node.id(), "timeout", node.timeout().exit());
        }
    }

    private void action(Node node, Action action) {
        if (action.type() == null || !Action.TYPES.contains(action.type())) {
            problem(node.id(), "unknown-action", action.type());
            return;
        }
        if (action.hasText()) {
            texts(node, action.text(), action.type());
        }
        if (action.country() != null && !COUNTRIES.contains(action.country())) {
            problem(node.id(), "country", action.country());
        }
        if (Action.TOPIC.equals(action.type()) || action.topic() != null) {
            knownIntent(node.id(), action.topic());
        }
        if (Action.SET_LANGUAGE.equals(action.type()) && !flow.languages().contains(action.language())) {
            problem(node.id(), "language", action.language());
        }
    }

    private void router(Node node, Router router) {
        if (!Router.TYPES.contains(router.type())) {
            problem(node.id(), "unknown-router", router.type());
            return;
        }
        boolean needsOther = !Router.ANSWER.equals(router.type());
        if (needsOther || router.other() != null) {
            exit(node.id(), "other", router.other());
        }
        if (Router.ANSWER.equals(router.type()) && router.cases().isEmpty()) {
            problem(node.id(), "no-cases");
        }
        Set<String> categories = new HashSet<>();
        for (Case c : router.cases()) {
            if (c.category() == null || c.category().isBlank() || c.category().contains(":")) {
                problem(node.id(), "category", c.category());
            } else if (!categories.add(c.category())) {
                problem(node.id(), "duplicate-category", c.category());
            }
            if (c.intent() != null) {
                knownIntent(node.id(), c.intent());
            }
            if ("country".equals(router.result()) && !COUNTRIES.contains(c.category())) {
                problem(node.id(), "country", c.category());
            }
            exit(node.id(), "case " + c.category(), c.exit());
            if (!c.title().isEmpty()) {
                titles(node, c);
            }
        }
        int shown = router.choices().size();
        if (shown > MAX_CHOICES) {
            problem(node.id(), "too-many-choices", shown, MAX_CHOICES);
        }
    }

    private void titles(Node node, Case c) {
        texts(node, c.title(), c.category());
        c.title().forEach((language, title) -> {
            if (title != null && title.codePointCount(0, title.length()) > MAX_TITLE) {
                problem(node.id(), "title-too-long", c.category(), language, MAX_TITLE);
            }
        });
    }

    private void texts(Node node, Map<String, String> texts, String what) {
        for (String language : flow.languages()) {
            String text = texts.get(language);
            if (text == null || text.isBlank()) {
                problem(node.id(), "missing-text", what, language);
            }
        }
    }

    private void dangerShowsNumbers() {
        flow.node(nz(flow.danger()))
                .filter(n -> n.actions().stream().noneMatch(a -> Action.EMERGENCY.equals(a.type())))
                .ifPresent(n -> problem(n.id(), "danger"));
    }

    private void knownIntent(String node, String intent) {
        if (intent == null || Stream.of(Intent.values()).noneMatch(i -> i.name().equals(intent))) {
            problem(node, "unknown-intent", intent);
        }
    }

    private void exits(String node, Map<String, String> targets) {
        new HashMap<>(targets)
                .entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .forEach(e -> exit(node, e.getKey(), e.getValue()));
    }

    private void exit(String node, String what, String target) {
        if (target == null || target.isBlank() || flow.node(target).isEmpty()) {
            problem(node, "missing-node", what, target == null ? "" : target);
        }
    }

    private void problem(String node, String key, Object... args) {
        problems.add(new FlowProblem(node, "support-chat.flow.problem." + key, args));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
