package org.taawun.shared.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.taawun.shared.db.EmbeddedDatabase;

/**
 * Whether demo data is loaded into an empty database: {@code taawun.demo.enabled} when given, else on with the
 * embedded database and off with an external one.
 */
@Component
public class DemoSettings {

    private final boolean enabled;

    DemoSettings(@Value("${taawun.demo.enabled:}") String setting, ObjectProvider<EmbeddedDatabase> embedded) {
        this.enabled = setting.isBlank() ? embedded.getIfAvailable() != null : Boolean.parseBoolean(setting.trim());
    }

    public boolean enabled() {
        return enabled;
    }
}
