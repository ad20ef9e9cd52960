package org.taawun.support.flows;

import java.time.Instant;

/** One saved version of a flow, as the administrator's list shows it. */
public record FlowVersion(String name, int version, boolean active, Instant savedAt, String savedBy) {}
