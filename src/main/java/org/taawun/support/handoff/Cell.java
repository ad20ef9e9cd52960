package org.taawun.support.handoff;

/**
 * A count as the statistics show it: its value, or only "fewer than 5" when it is suppressed.
 *
 * @param value the true count; templates must show it only when {@code suppressed} is false
 */
public record Cell(long value, boolean suppressed) {}
