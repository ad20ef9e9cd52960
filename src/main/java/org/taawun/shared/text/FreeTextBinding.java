package org.taawun.shared.text;

import java.beans.PropertyEditorSupport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text that reaches the application, from a form, a query parameter or a JSON body, arrives without
 * bidirectional control characters ({@link BidiControls}): one place for products, cooperative profiles and
 * applications, sign-up names, orders' customer names and addresses, and whatever form comes next.
 */
@ControllerAdvice
@Configuration(proxyBeanMethods = false)
class FreeTextBinding {

    /** Form fields and request parameters bound to a {@code String}, also those of records' constructors. */
    @InitBinder
    void stripBidiControls(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StrippingEditor());
        // a password is a secret, not a text to show: kept as typed, as the sign-in filter reads it
        for (String secret : SECRETS) {
            binder.registerCustomEditor(String.class, secret, new PropertyEditorSupport() {
                @Override
                public void setAsText(String text) {
                    setValue(text);
                }
            });
        }
    }

    private static final String[] SECRETS = {"password", "confirm"};

    /** JSON strings read by the application's JsonMapper (Spring Boot registers every JacksonModule bean). */
    @Bean
    JacksonModule bidiControlsModule() {
        return new SimpleModule("taawun-bidi-controls").addDeserializer(String.class, new StrippingDeserializer());
    }

    static final class StrippingEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(BidiControls.strip(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    static final class StrippingDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            String name = p.currentName();
            return name != null && name.toLowerCase(java.util.Locale.ROOT).contains("password")
                    ? value
                    : BidiControls.strip(value);
        }
    }
}
