package org.taawun.shared.db;

/** Marks that the application runs on its own embedded PostgreSQL (demo data is then on by default). */
public record EmbeddedDatabase(String jdbcUrl) {}
