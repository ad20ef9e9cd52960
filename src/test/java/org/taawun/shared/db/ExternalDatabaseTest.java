package org.taawun.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.taawun.shared.demo.DemoSettings;

/**
 * With {@code spring.datasource.url} the application uses that PostgreSQL (here the test JVM's server, reached as an
 * external one) and starts no database of its own; demo data is then off unless asked for.
 */
@SpringBootTest(properties = "taawun.demo.enabled=")
@ActiveProfiles("test")
class ExternalDatabaseTest {

    static String url;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        url = EmbeddedPostgresServer.start(Path.of("target/test-data/pg"), true).getJdbcUrl("postgres", "postgres");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    DemoSettings demo;

    @Test
    void usesTheGivenDatabaseAndNoEmbeddedOne() {
        assertThat(context.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
        assertThat(((HikariDataSource) dataSource).getJdbcUrl()).isEqualTo(url);
        assertThat(demo.enabled()).isFalse();
    }
}
