package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.taawun.catalog.Category;

/**
 * A commission rate to record: for the whole shop (no cooperative, no category), or overriding it for a cooperative,
 * a category or both; {@code rate} null ends such an override. It takes effect now, or at the start of a later day.
 */
public record RateChange(UUID cooperativeId, Category category, BigDecimal rate, LocalDate effectiveFrom) {}
