package org.taawun.support.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.taawun.support.conversation.Action;
import org.taawun.support.conversation.Case;
import org.taawun.support.conversation.Flow;
import org.taawun.support.conversation.Node;
import org.taawun.support.conversation.Router;
import org.taawun.support.conversation.Timeout;

/** Each rule of a flow, with a flow broken on purpose; and the shipped flow keeps them all. */
class FlowValidatorTest {

    static final Flow SHIPPED = shipped();

    static Flow shipped() {
        try {
            return ShippedFlows.read(new ClassPathResource("support/flows/support.json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theShippedFlowKeepsEveryRule() {
        assertThat(rules(SHIPPED)).isEmpty();
    }

    @Test
    void theShippedTextsHoldNoPhoneNumberTheyComeFromTheDirectory() {
        Pattern digits = Pattern.compile("\\d+(?:[-/]\\d+)?");
        List<String> found = new ArrayList<>();
        for (Node node : SHIPPED.nodes()) {
            for (Action action : node.actions()) {
                action.text().values().forEach(text -> {
                    Matcher m = digits.matcher(text);
                    while (m.find()) {
                        found.add(m.group());
                    }
                });
            }
        }
        // Only the laws' numbers and dates: 103-13, 2018; 58, 2017, 11, 2017-58.
        assertThat(found)
                .allMatch(
                        n -> List.of("103-13", "2018", "58", "2017", "11", "2017-58")
                                .contains(n),
                        "no number");
    }

    @Test
    void theJsonRoundTripKeepsTheFlow() {
        assertThat(FlowJson.read(FlowJson.write(SHIPPED))).isEqualTo(SHIPPED);
    }

    @Test
    void aFileThatIsNotAFlowIsRefused() {
        for (String text :
                new String[] {"", "null", "[]", "{\"nodes\": 3}", "{\"name\":\"x\",\"colour\":\"red\"}", "{"}) {
            assertThatThrownBy(() -> FlowJson.read(text)).as(text).isInstanceOf(FlowJson.NotAFlow.class);
        }
    }

    @Test
    void nodeIdsAreUnique() {
        List<Node> nodes = new ArrayList<>(SHIPPED.nodes());
        nodes.add(nodes.get(0));
        Flow broken = SHIPPED.withNodes(nodes);
        assertThat(rules(broken)).contains("welcome duplicate-id");
    }

    @Test
    void everyExitLeadsToAnExistingNode() {
        Flow broken = safetyCases(yes -> yes, no -> exitTo(no, "nowhere"));
        assertThat(rules(broken)).containsExactly("safety missing-node");
        Flow badStart = new Flow(
                SHIPPED.uuid(),
                SHIPPED.name(),
                1,
                SHIPPED.languages(),
                "gone",
                SHIPPED.menu(),
                SHIPPED.danger(),
                SHIPPED.restart(),
                SHIPPED.intents(),
                SHIPPED.nodes());
        assertThat(rules(badStart)).containsExactly("null missing-node");
    }

    @Test
    void aNodeThatNeitherWaitsNorGoesOnNorEndsIsADeadEnd() {
        Flow broken = node(SHIPPED, "lang-fr", n -> new Node(n.id(), n.actions(), null, null, null, null));
        assertThat(rules(broken)).containsExactly("lang-fr dead-end");
        Flow both = node(SHIPPED, "lang-fr", n -> new Node(n.id(), n.actions(), null, null, "safety", true));
        assertThat(rules(both)).containsExactly("lang-fr ambiguous");
    }

    @Test
    void nodesThatGoRoundWithoutWaitingAreRefused() {
        Flow broken = node(SHIPPED, "lang-fr", n -> new Node(n.id(), n.actions(), null, null, "lang-fr", null));
        assertThat(rules(broken)).containsExactly("lang-fr loop");
    }

    @Test
    void everyTextExistsInEveryLanguage() {
        Flow broken = node(
                SHIPPED,
                "menu",
                n -> n.withActions(List.of(n.actions().get(0).withText(Map.of("ar", "مرحبا", "fr", "Bonjour")))));
        assertThat(rules(broken)).containsExactly("menu missing-text");
        Flow blankTitle = safetyCases(yes -> yes.withTitle(Map.of("ar", "نعم", "fr", " ", "en", "Yes")), no -> no);
        assertThat(rules(blankTitle)).containsExactly("safety missing-text");
    }

    @Test
    void quickReplyTitlesHaveAtMostTwentyCharacters() {
        Flow broken = safetyCases(
                yes -> yes.withTitle(Map.of("ar", "نعم", "fr", "Oui, je peux parler maintenant", "en", "Yes")),
                no -> no);
        assertThat(rules(broken)).containsExactly("safety title-too-long");
        Flow twenty =
                safetyCases(yes -> yes.withTitle(Map.of("ar", "نعم", "fr", "x".repeat(20), "en", "Yes")), no -> no);
        assertThat(rules(twenty)).isEmpty();
    }

    @Test
    void atMostThirteenQuickReplies() {
        Flow broken = node(SHIPPED, "menu", n -> {
            List<Case> cases = new ArrayList<>(n.router().cases());
            cases.add(new Case("extra", Map.of("ar", "أ", "fr", "a", "en", "a"), List.of(), null, "menu"));
            cases.add(new Case("extra2", Map.of("ar", "ب", "fr", "b", "en", "b"), List.of(), null, "menu"));
            return n.withRouter(n.router().withCases(cases));
        });
        assertThat(rules(broken)).containsExactly("menu too-many-choices");
    }

    @Test
    void unknownTypesIntentsCountriesAndLanguagesAreRefused() {
        Flow broken = node(
                SHIPPED,
                "lang-fr",
                n -> n.withActions(List.of(
                        new Action("shout", Map.of(), null, null, null),
                        new Action("topic", Map.of(), null, "ASTROLOGY", null),
                        new Action("send", Map.of("ar", "أ", "fr", "a", "en", "a"), "DZ", null, null),
                        new Action("set_language", Map.of(), null, null, "de"))));
        assertThat(rules(broken))
                .containsExactly(
                        "lang-fr unknown-action", "lang-fr unknown-intent", "lang-fr country", "lang-fr language");
        Flow router = node(
                SHIPPED,
                "safety",
                n -> n.withRouter(new Router("guess", null, n.router().cases(), null)));
        assertThat(rules(router)).containsExactly("safety unknown-router");
    }

    @Test
    void aTimeoutMustBeADurationOnAWaitingNode() {
        Flow broken = node(
                SHIPPED,
                "menu",
                n -> new Node(n.id(), n.actions(), n.router(), new Timeout("ten minutes", "safety-again"), null, null));
        assertThat(rules(broken)).containsExactly("menu timeout");
    }

    @Test
    void theDangerNodeShowsTheEmergencyNumbers() {
        Flow broken = node(
                SHIPPED,
                "danger",
                n -> n.withActions(n.actions().stream()
                        .filter(a -> !a.type().equals(Action.EMERGENCY))
                        .toList()));
        assertThat(rules(broken)).containsExactly("danger danger");
    }

    @Test
    void categoriesAreUniqueInANode() {
        Flow broken = safetyCases(yes -> yes, no -> exitTo(yes(), no.exit()));
        assertThat(rules(broken)).containsExactly("safety duplicate-category");
    }

    @Test
    void aFlowNeedsANameLanguagesAndNodes() {
        Flow empty = new Flow(null, "Bad Name!", 1, List.of("de"), "a", "a", "a", "a", Map.of(), List.of());
        assertThat(rules(empty)).containsExactly("null name", "null languages", "null no-nodes");
    }

    /** The problems as "node rule", for instance "safety missing-node". */
    static List<String> rules(Flow flow) {
        return FlowValidator.check(flow).stream()
                .map(p -> p.node() + " " + p.key().replace("support-chat.flow.problem.", ""))
                .toList();
    }

    static Case exitTo(Case c, String exit) {
        return new Case(c.category(), c.title(), c.keywords(), c.intent(), exit);
    }

    static Flow node(Flow flow, String id, UnaryOperator<Node> change) {
        return flow.withNode(change.apply(flow.node(id).orElseThrow()));
    }

    /** The shipped flow with the two cases of the safety check (yes, no) changed. */
    static Flow safetyCases(UnaryOperator<Case> yes, UnaryOperator<Case> no) {
        return node(
                SHIPPED,
                "safety",
                n -> n.withRouter(n.router()
                        .withCases(List.of(
                                yes.apply(n.router().cases().get(0)),
                                no.apply(n.router().cases().get(1))))));
    }

    static Case yes() {
        return SHIPPED.node("safety").orElseThrow().router().cases().get(0);
    }
}
