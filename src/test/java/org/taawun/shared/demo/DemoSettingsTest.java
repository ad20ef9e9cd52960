package org.taawun.shared.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.taawun.shared.db.EmbeddedDatabase;

/** Demo data: as configured when configured; otherwise on with the embedded database only. */
class DemoSettingsTest {

    @ParameterizedTest(name = "setting ''{0}'', embedded {1} -> {2}")
    @CsvSource({"'', true, true", "'', false, false", "false, true, false", "true, false, true", "' true ', true, true"
    })
    void decides(String setting, boolean embedded, boolean expected) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (embedded) {
            beans.registerSingleton("embeddedDatabase", new EmbeddedDatabase("jdbc:postgresql://localhost/x"));
        }
        DemoSettings settings = new DemoSettings(setting, beans.getBeanProvider(EmbeddedDatabase.class));
        assertThat(settings.enabled()).isEqualTo(expected);
    }
}
