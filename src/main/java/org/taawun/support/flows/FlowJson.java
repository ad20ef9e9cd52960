package org.taawun.support.flows;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.taawun.support.conversation.Flow;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes flows as JSON (the format of {@code support/flows/*.json}, of the export and of the import).
 * Reading is strict: an unknown field is refused rather than silently dropped, so that a typing mistake in a field
 * name is seen at import.
 */
final class FlowJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    private FlowJson() {}

    /** The flow, or an exception when the text is not a flow in this format. */
    static Flow read(String json) {
        try {
            Flow flow = JSON.readValue(json, Flow.class);
            if (flow == null) {
                throw new NotAFlow();
            }
            return flow;
        } catch (JacksonException e) {
            throw new NotAFlow();
        }
    }

    static String write(Flow flow) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(flow);
    }

    /** The text is not JSON, or not a flow. Carries nothing of the text. */
    static final class NotAFlow extends RuntimeException {
        NotAFlow() {
            super("Not a flow", null, false, false);
        }
    }
}
