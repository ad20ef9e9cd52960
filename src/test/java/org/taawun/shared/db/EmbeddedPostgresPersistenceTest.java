package org.taawun.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data written to the embedded PostgreSQL is there again after a stop and a start on the same directory. */
class EmbeddedPostgresPersistenceTest {

    @TempDir
    Path directory;

    @Test
    void keepsDataAcrossRestarts() throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgresServer.open(directory, false);
                Connection connection = first.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (value text)");
            statement.execute("insert into kept values ('still here')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgresServer.open(directory, false);
                Connection connection = second.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select value from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }
}
