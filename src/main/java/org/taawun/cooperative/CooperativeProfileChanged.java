package org.taawun.cooperative;

import java.util.UUID;

/** A cooperative's public profile changed (story, address, logo or certifications). */
public record CooperativeProfileChanged(UUID cooperativeId, String oldSlug, String newSlug) {}
