package org.taawun.support.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.taawun.support.chat.QuickReply;

/**
 * The quick replies offered at a waiting node: the titled cases of an answer router, or her country's regions (a
 * page of twelve with "more" when there are more than thirteen, as Messenger shows at most thirteen), or the cities
 * of her region that have services. A payload is {@code <node>:<category>}, so a tap routes exactly.
 */
@Component
class Choices {

    static final int MAX = 13;
    static final int PAGE = 12;
    static final int TITLE = 20;
    static final String MORE = "+more";
    static final String WHOLE_REGION = "*";

    private final Places places;
    private final Texts texts;

    Choices(Places places, Texts texts) {
        this.places = places;
        this.texts = texts;
    }

    List<QuickReply> of(Flow flow, Node node, Conversation conversation) {
        if (!node.waits()) {
            return List.of();
        }
        String language = flow.speak(conversation.language());
        return switch (node.router().type()) {
            case Router.REGION -> regions(node, conversation, language);
            case Router.CITY -> cities(node, conversation, language);
            default ->
                node.router().choices().stream()
                        .map(c ->
                                new QuickReply(title(Texts.of(c.title(), flow, language)), payload(node, c.category())))
                        .toList();
        };
    }

    static String payload(Node node, String category) {
        return node.id() + ":" + category;
    }

    private List<QuickReply> regions(Node node, Conversation conversation, String language) {
        String country = conversation.result(Conversation.COUNTRY);
        if (country == null) {
            return List.of();
        }
        List<Map.Entry<String, String>> all = places.regions(country, language);
        if (all.size() <= MAX) {
            return all.stream().map(r -> region(node, r)).toList();
        }
        int pages = (all.size() + PAGE - 1) / PAGE;
        int page = conversation.listPage() % pages;
        List<QuickReply> shown = new ArrayList<>();
        all.subList(page * PAGE, Math.min(all.size(), (page + 1) * PAGE)).forEach(r -> shown.add(region(node, r)));
        shown.add(new QuickReply(title(texts.get("support-chat.region.more", language)), payload(node, MORE)));
        return shown;
    }

    private static QuickReply region(Node node, Map.Entry<String, String> region) {
        return new QuickReply(title(region.getValue()), payload(node, region.getKey()));
    }

    private List<QuickReply> cities(Node node, Conversation conversation, String language) {
        List<QuickReply> shown = new ArrayList<>();
        shown.add(new QuickReply(
                title(texts.get("support-chat.city.whole-region", language)), payload(node, WHOLE_REGION)));
        places.cities(conversation.result(Conversation.COUNTRY), conversation.result(Conversation.REGION)).stream()
                .limit(MAX - 1)
                .forEach(city -> shown.add(new QuickReply(title(city), payload(node, city))));
        return shown;
    }

    /** A title cut to Messenger's twenty characters. */
    static String title(String text) {
        return text.length() <= TITLE ? text : text.substring(0, TITLE - 1) + "…";
    }
}
