package org.taawun.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * One real PostgreSQL per JVM, started from the binaries on the class path. Several Spring contexts in one JVM (tests,
 * or two application nodes in a concurrency test) share it, as several nodes share one PostgreSQL server.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgres server;
    private static Path serverDirectory;

    private EmbeddedPostgresServer() {}

    /** Starts the server on first use, keeping its data under {@code directory} across restarts. */
    public static synchronized EmbeddedPostgres start(Path directory, boolean clean) {
        Path normalised = directory.toAbsolutePath().normalize();
        if (server != null) {
            if (!normalised.equals(serverDirectory)) {
                log.warn("Embedded PostgreSQL already runs on {}; ignoring {}", serverDirectory, normalised);
            }
            return server;
        }
        try {
            Files.createDirectories(normalised);
            long started = System.nanoTime();
            server = open(normalised, clean);
            serverDirectory = normalised;
            log.info(
                    "Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                    server.getPort(),
                    normalised,
                    (System.nanoTime() - started) / 1_000_000);
            // Stopped only after every Spring context closed (a JVM hook would race with their graceful shutdown).
            SpringApplication.getShutdownHandlers().add(EmbeddedPostgresServer::stop);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + normalised, e);
        }
    }

    /** A new server on that directory (emptied first when {@code clean}); the caller closes it. */
    static EmbeddedPostgres open(Path directory, boolean clean) throws IOException {
        if (clean) {
            FileSystemUtils.deleteRecursively(directory);
            Files.createDirectories(directory);
        }
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(clean)
                .setServerConfig("max_connections", "200")
                .setRegisterShutdownHook(false)
                .start();
    }

    private static synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
        server = null;
    }
}
