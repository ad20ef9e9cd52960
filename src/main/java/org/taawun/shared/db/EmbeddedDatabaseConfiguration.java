package org.taawun.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.taawun.shared.TaawunProperties;

/** The default database: a PostgreSQL that the application starts itself, used when no datasource URL is given. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    /**
     * Begins starting the server as soon as the context is being built, so that initdb and PostgreSQL's start overlap
     * with the creation of the web layer instead of waiting for the first bean that needs a connection.
     */
    @Bean
    static BeanFactoryPostProcessor startEmbeddedDatabaseEarly(Environment environment) {
        Binder binder = Binder.get(environment);
        Path dataDir = binder.bind("taawun.data-dir", Path.class).orElse(Path.of("./data"));
        boolean clean = binder.bind("taawun.embedded-db.clean", Boolean.class).orElse(false);
        return beanFactory -> EmbeddedPostgresServer.startInBackground(dataDir.resolve("pg"), clean);
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(
            TaawunProperties properties, @Value("${taawun.embedded-db.clean:false}") boolean clean) {
        EmbeddedPostgres server =
                EmbeddedPostgresServer.start(properties.dataDir().resolve("pg"), clean);
        return new EmbeddedDatabase(server.getJdbcUrl("postgres", "postgres"));
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database, @Value("${taawun.embedded-db.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("taawun-embedded");
        return new HikariDataSource(config);
    }
}
