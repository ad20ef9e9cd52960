package org.taawun.cooperative;

import java.util.UUID;

/** An administrator verified a cooperative: it is now public and may sell. */
public record CooperativeVerified(UUID cooperativeId) {}
