package org.taawun.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.taawun.shared.TaawunProperties;

/** The default database: a PostgreSQL that the application starts itself, used when no datasource URL is given. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

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
