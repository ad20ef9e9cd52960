package org.taawun.support.conversation;

import java.util.List;

/**
 * One step of a flow: its actions run in order, then the node either waits for her answer ({@link #router} of a
 * waiting type), goes on at once ({@link #next}, or a router on a saved result), or ends ({@link #end}). Validation
 * refuses a node that does none of these.
 *
 * @param timeout what happens when she answers only after a while (for example the safety check again)
 */
public record Node(String id, List<Action> actions, Router router, Timeout timeout, String next, Boolean end) {

    public Node {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public boolean waits() {
        return router != null && router.waits();
    }

    public boolean ends() {
        return Boolean.TRUE.equals(end);
    }

    public Node withActions(List<Action> changed) {
        return new Node(id, changed, router, timeout, next, end);
    }

    public Node withRouter(Router changed) {
        return new Node(id, actions, changed, timeout, next, end);
    }
}
