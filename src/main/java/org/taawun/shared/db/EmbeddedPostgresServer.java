package org.taawun.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    private static CompletableFuture<EmbeddedPostgres> starting;
    private static Path startingDirectory;

    private EmbeddedPostgresServer() {}

    /**
     * Begins starting the server on another thread, so that initdb and start-up overlap with the rest of the
     * application's start; {@link #start} then takes the server, waiting for it if needed.
     */
    public static synchronized void startInBackground(Path directory, boolean clean) {
        if (server != null || starting != null) {
            return;
        }
        Path normalised = directory.toAbsolutePath().normalize();
        startingDirectory = normalised;
        starting = new CompletableFuture<>();
        SpringApplication.getShutdownHandlers().add(EmbeddedPostgresServer::stop);
        CompletableFuture<EmbeddedPostgres> result = starting;
        Thread thread = new Thread(
                () -> {
                    try {
                        result.complete(launch(normalised, clean));
                    } catch (RuntimeException | Error e) {
                        result.completeExceptionally(e);
                    }
                },
                "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts the server on first use, keeping its data under {@code directory} across restarts. */
    public static synchronized EmbeddedPostgres start(Path directory, boolean clean) {
        Path normalised = directory.toAbsolutePath().normalize();
        if (server == null && starting != null) {
            server = join(starting);
            serverDirectory = startingDirectory;
            starting = null;
        }
        if (server != null) {
            if (!normalised.equals(serverDirectory)) {
                log.warn("Embedded PostgreSQL already runs on {}; ignoring {}", serverDirectory, normalised);
            }
            return server;
        }
        server = launch(normalised, clean);
        serverDirectory = normalised;
        // Stopped only after every Spring context closed (a JVM hook would race with their graceful shutdown).
        SpringApplication.getShutdownHandlers().add(EmbeddedPostgresServer::stop);
        return server;
    }

    private static EmbeddedPostgres launch(Path directory, boolean clean) {
        try {
            Files.createDirectories(directory);
            long started = System.nanoTime();
            EmbeddedPostgres launched = open(directory, clean);
            log.info(
                    "Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                    launched.getPort(),
                    directory,
                    (System.nanoTime() - started) / 1_000_000);
            return launched;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static EmbeddedPostgres join(CompletableFuture<EmbeddedPostgres> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
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
        if (server == null && starting != null) {
            // The application failed before it used the server: do not leave it running.
            server = starting.exceptionally(e -> null).join();
            starting = null;
        }
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
