package org.taawun.support.conversation;

import org.springframework.stereotype.Component;
import org.taawun.support.chat.ConversationKey;

/**
 * Runs a flow from a node: performs each node's actions, follows {@code next} and result routers, and stops at the
 * first node that waits for her answer (offering its quick replies) or ends. A region question is skipped while her
 * country is not known, a city question when her region has no listed city.
 */
@Component
class FlowRunner {

    /** A guard only: validation refuses flows that go round without waiting. */
    static final int MAX_STEPS = 40;

    private final Actions actions;
    private final Choices choices;
    private final Conversations conversations;
    private final Places places;

    FlowRunner(Actions actions, Choices choices, Conversations conversations, Places places) {
        this.places = places;
        this.actions = actions;
        this.choices = choices;
        this.conversations = conversations;
    }

    void enter(Flow flow, String nodeId, Conversation conversation, ConversationKey key, Turn turn) {
        String id = nodeId;
        for (int step = 0; step < MAX_STEPS && id != null; step++) {
            Node node = flow.node(id).orElse(null);
            if (node == null) {
                return;
            }
            if (skipped(node, conversation)) {
                id = node.router().other();
                continue;
            }
            node.actions().forEach(action -> actions.perform(action, flow, conversation, key, turn));
            conversation.at(node.id(), conversations.now());
            if (node.waits()) {
                turn.offer(choices.of(flow, node, conversation));
                return;
            }
            if (node.ends()) {
                return;
            }
            id = node.router() == null ? node.next() : onResult(node.router(), conversation);
        }
    }

    private boolean skipped(Node node, Conversation conversation) {
        if (node.router() == null) {
            return false;
        }
        String country = conversation.result(Conversation.COUNTRY);
        return switch (node.router().type()) {
            case Router.REGION -> country == null;
            case Router.CITY ->
                country == null
                        || conversation.result(Conversation.REGION) == null
                        || places.cities(country, conversation.result(Conversation.REGION))
                                .isEmpty();
            default -> false;
        };
    }

    private static String onResult(Router router, Conversation conversation) {
        String saved = conversation.result(router.result());
        return router.caseOf(saved).map(Case::exit).orElse(router.other());
    }
}
