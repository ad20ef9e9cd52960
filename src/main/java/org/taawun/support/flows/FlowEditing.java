package org.taawun.support.flows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.taawun.identity.AccessGuard;
import org.taawun.shared.web.ProblemException;
import org.taawun.support.conversation.Action;
import org.taawun.support.conversation.Case;
import org.taawun.support.conversation.Flow;
import org.taawun.support.conversation.Node;

/**
 * What an administrator does with flows: import a JSON file (validated, saved whole or not at all), and change the
 * texts of one node (saved as a new version, validated the same way). Both keep every earlier version.
 */
@Component
public class FlowEditing {

    /** Far above a real flow (the shipped one is about 50 kB). */
    static final int MAX_BYTES = 1_000_000;

    private final FlowStore store;
    private final AccessGuard guard;

    FlowEditing(FlowStore store, AccessGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    public FlowStore.Saved importJson(byte[] file, String savedBy) {
        guard.requireAdmin();
        if (file.length == 0 || file.length > MAX_BYTES) {
            return refused("support-chat.flow.problem.file", MAX_BYTES / 1000);
        }
        Flow flow;
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
            flow = FlowJson.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException | FlowJson.NotAFlow e) {
            return refused("support-chat.flow.problem.not-json");
        }
        return store.save(flow, savedBy);
    }

    /** The active version of the flow, for the tree and the edit form. */
    public Flow active(String name) {
        guard.requireAdmin();
        return store.active(name)
                .orElseThrow(() -> ProblemException.notFound("flow-not-found", "support-chat.flows.not-found"));
    }

    public Node node(Flow flow, String nodeId) {
        return flow.node(nodeId)
                .orElseThrow(() -> ProblemException.notFound("flow-node-not-found", "support-chat.flows.not-found"));
    }

    /**
     * Saves the node's texts as a new version: {@code text.<action>.<language>} for the messages and {@code
     * title.<case>.<language>} for the quick replies (indexes as in the node); a text not in the form is kept.
     */
    public FlowStore.Saved editTexts(String name, String nodeId, Map<String, String> form, String savedBy) {
        Flow flow = active(name);
        Node node = node(flow, nodeId);
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < node.actions().size(); i++) {
            Action action = node.actions().get(i);
            actions.add(action.hasText() ? action.withText(edited(action.text(), "text." + i, form, flow)) : action);
        }
        Node changed = node.withActions(actions);
        if (node.router() != null) {
            List<Case> cases = new ArrayList<>();
            for (int i = 0; i < node.router().cases().size(); i++) {
                Case c = node.router().cases().get(i);
                cases.add(c.title().isEmpty() ? c : c.withTitle(edited(c.title(), "title." + i, form, flow)));
            }
            changed = changed.withRouter(node.router().withCases(cases));
        }
        return store.save(flow.withNode(changed), savedBy);
    }

    private static Map<String, String> edited(
            Map<String, String> texts, String prefix, Map<String, String> form, Flow flow) {
        Map<String, String> changed = new LinkedHashMap<>(texts);
        for (String language : flow.languages()) {
            String value = form.get(prefix + "." + language);
            if (value != null) {
                changed.put(language, value.replace("\r\n", "\n").strip());
            }
        }
        return changed;
    }

    private static FlowStore.Saved refused(String key, Object... args) {
        return new FlowStore.Saved(0, List.of(new FlowProblem(null, key, args)));
    }
}
