package org.taawun.cooperative;

import java.util.UUID;

/** An administrator suspended a cooperative: its storefront and products are no longer shown. */
public record CooperativeSuspended(UUID cooperativeId) {}
