package org.taawun.shop.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.taawun.shop.ShopView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The till script's configuration as JSON for a {@code <script type="application/json">} element: the shop, the
 * addresses it calls, the CSRF header and token, and every text it shows ({@code shop-till.js.*}, in the page's
 * language). {@code <}, {@code >} and {@code &} are escaped so that no text can close the element.
 */
@Component
class TillPageConfig {

    private static final String PREFIX = "shop-till.js.";

    private final MessageSource messages;
    private final JsonMapper json;
    private final List<String> keys;

    TillPageConfig(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
        this.keys = scriptKeys();
    }

    String json(ShopView shop, Locale locale, CsrfToken csrf) {
        String base = "/shop/" + shop.id() + "/till";
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("shopId", shop.id());
        config.put("currency", shop.currency());
        config.put("lang", locale.getLanguage());
        config.put("page", base);
        config.put("worker", "/shop/till-sw.js");
        config.put("csrfHeader", csrf.getHeaderName());
        config.put("csrfToken", csrf.getToken());
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : keys) {
            texts.put(key.substring(PREFIX.length()), messages.getMessage(key, null, key, locale));
        }
        config.put("texts", texts);
        return json.writeValueAsString(config)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    private static List<String> scriptKeys() {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource("messages/shop-till.properties").getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("messages/shop-till.properties unreadable", e);
        }
        return properties.stringPropertyNames().stream()
                .filter(k -> k.startsWith(PREFIX))
                .sorted()
                .toList();
    }
}
