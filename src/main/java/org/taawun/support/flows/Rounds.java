package org.taawun.support.flows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.taawun.support.conversation.Case;
import org.taawun.support.conversation.Flow;
import org.taawun.support.conversation.Node;

/**
 * Finds the nodes that lead round to themselves without ever waiting for an answer ({@code next} and result
 * routers only): such a flow would never stop talking.
 */
final class Rounds {

    private final Flow flow;
    private final Set<String> done = new HashSet<>();
    private final Set<String> found = new LinkedHashSet<>();

    Rounds(Flow flow) {
        this.flow = flow;
    }

    List<String> found() {
        for (Node node : flow.nodes()) {
            visit(node.id(), new LinkedHashSet<>());
        }
        return new ArrayList<>(found);
    }

    private void visit(String id, Set<String> path) {
        if (id == null || done.contains(id)) {
            return;
        }
        if (!path.add(id)) {
            found.add(id);
            return;
        }
        flow.node(id).filter(n -> !n.waits()).ifPresent(n -> onward(n).forEach(next -> visit(next, path)));
        path.remove(id);
        done.add(id);
    }

    private static List<String> onward(Node node) {
        List<String> next = new ArrayList<>();
        if (node.next() != null) {
            next.add(node.next());
        }
        if (node.router() != null) {
            node.router().cases().stream().map(Case::exit).forEach(next::add);
            next.add(node.router().other());
        }
        return next;
    }
}
