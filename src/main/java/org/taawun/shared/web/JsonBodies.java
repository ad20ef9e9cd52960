package org.taawun.shared.web;

import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.DataBinder;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON bodies read by a controller itself rather than by {@code @Valid @RequestBody}: when something must happen
 * between reading and binding (checking who may act, turning money into amounts). Numbers are read as decimals, never
 * as doubles; a body that cannot be read or bound is the same 400 {@code unreadable-body}, and an invalid one the same
 * 400 {@code invalid-input} with its fields, as with {@code @Valid @RequestBody}.
 */
@Component
public class JsonBodies {

    private final JsonMapper json;
    private final SpringValidatorAdapter validator;

    JsonBodies(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = new SpringValidatorAdapter(validator);
    }

    public JsonNode tree(byte[] body) {
        try {
            JsonNode tree = json.reader()
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(body);
            if (tree == null || !tree.isObject()) {
                throw unreadable();
            }
            return tree;
        } catch (JacksonException e) {
            throw unreadable();
        }
    }

    /** The body as the given type, checked by Bean Validation as {@code @Valid} would. */
    public <T> T valid(JsonNode tree, Class<T> type) throws BindException {
        T value;
        try {
            value = json.treeToValue(tree, type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw unreadable();
        }
        DataBinder binder = new DataBinder(value, "body");
        binder.setValidator(validator);
        binder.validate();
        if (binder.getBindingResult().hasErrors()) {
            throw new BindException(binder.getBindingResult());
        }
        return value;
    }

    private static ProblemException unreadable() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "unreadable-body", "shared.error.unreadable");
    }
}
