package org.taawun.support.flows;

/**
 * One reason why a flow cannot be saved, shown to the administrator in her language.
 *
 * @param node the id of the node at fault, or null for the flow as a whole
 * @param key the message key ({@code support-chat.flow.problem.*})
 */
public record FlowProblem(String node, String key, Object... args) {

    @Override
    public String toString() {
        return "FlowProblem[" + node + ", " + key + "]";
    }
}
