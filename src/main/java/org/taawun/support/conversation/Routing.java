package org.taawun.support.conversation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.taawun.support.Intent;

/**
 * Where her answer leads from the node where she is: a tapped quick reply routes exactly (also one tapped under an
 * earlier message), free text by keywords, then by recognised intent, then by the flow's topic intents, then to the
 * router's {@code other} exit. Empty when nothing fits: she is then told she was not understood, and nothing changes.
 * The chosen category is saved as the router's result; a region or city saves {@code region} or {@code city}.
 */
@Component
class Routing {

    private final Places places;

    Routing(Places places) {
        this.places = places;
    }

    Optional<String> route(Flow flow, Node node, Conversation conversation, Answer answer) {
        if (answer.tapped()) {
            return tapped(flow, node, conversation, answer.payload());
        }
        Router router = node.router();
        return switch (router.type()) {
            case Router.REGION -> regionWritten(router, conversation, answer);
            case Router.CITY -> cityWritten(router, conversation, answer);
            default -> written(flow, router, conversation, answer);
        };
    }

    private Optional<String> tapped(Flow flow, Node node, Conversation conversation, String payload) {
        int colon = payload.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String nodeId = payload.substring(0, colon);
        String category = payload.substring(colon + 1);
        Optional<Node> from = nodeId.equals(node.id()) ? Optional.of(node) : flow.node(nodeId);
        return from.filter(Node::waits).flatMap(n -> choose(n, conversation, category));
    }

    private Optional<String> choose(Node node, Conversation conversation, String category) {
        Router router = node.router();
        String country = conversation.result(Conversation.COUNTRY);
        return switch (router.type()) {
            case Router.REGION -> {
                if (Choices.MORE.equals(category)) {
                    conversation.listPage(conversation.listPage() + 1);
                    yield Optional.of(node.id());
                }
                yield country != null && places.isRegion(category, country)
                        ? Optional.of(pickRegion(router, conversation, category))
                        : Optional.empty();
            }
            case Router.CITY -> {
                if (Choices.WHOLE_REGION.equals(category)) {
                    conversation.save(Conversation.CITY, null);
                    yield Optional.ofNullable(router.other());
                }
                yield places.cities(country, conversation.result(Conversation.REGION))
                                .contains(category)
                        ? Optional.of(pickCity(router, conversation, category))
                        : Optional.empty();
            }
            default -> router.caseOf(category).map(c -> take(router, conversation, c));
        };
    }

    private Optional<String> written(Flow flow, Router router, Conversation conversation, Answer answer) {
        for (Case c : router.cases()) {
            if (Keywords.anyIn(c.keywords(), answer.words())) {
                return Optional.of(take(router, conversation, c));
            }
        }
        Optional<Intent> best = answer.match().best();
        if (best.isPresent()) {
            String intent = best.get().name();
            Optional<Case> byIntent = router.cases().stream()
                    .filter(c -> intent.equals(c.intent()))
                    .findFirst();
            if (byIntent.isPresent()) {
                return Optional.of(take(router, conversation, byIntent.get()));
            }
            if (flow.intents().containsKey(intent)) {
                return Optional.of(flow.intents().get(intent));
            }
        }
        return Optional.ofNullable(router.other());
    }

    private Optional<String> regionWritten(Router router, Conversation conversation, Answer answer) {
        String country = conversation.result(Conversation.COUNTRY);
        if (country == null || answer.text() == null) {
            return Optional.empty();
        }
        return places.regionWritten(answer.text(), country).map(code -> pickRegion(router, conversation, code));
    }

    private Optional<String> cityWritten(Router router, Conversation conversation, Answer answer) {
        String country = conversation.result(Conversation.COUNTRY);
        String region = conversation.result(Conversation.REGION);
        if (country == null || region == null || answer.text() == null) {
            return Optional.empty();
        }
        return places.cityWritten(answer.text(), country, region).map(city -> pickCity(router, conversation, city));
    }

    private static String take(Router router, Conversation conversation, Case chosen) {
        if (router.result() != null && !router.result().isBlank()) {
            if (Conversation.COUNTRY.equals(router.result())) {
                conversation.save(Conversation.REGION, null);
                conversation.save(Conversation.CITY, null);
            }
            conversation.save(router.result(), chosen.category());
        }
        return chosen.exit();
    }

    private static String pickRegion(Router router, Conversation conversation, String code) {
        conversation.save(Conversation.REGION, code);
        conversation.save(Conversation.CITY, null);
        return router.other();
    }

    private static String pickCity(Router router, Conversation conversation, String city) {
        conversation.save(Conversation.CITY, city);
        return router.other();
    }
}
