package org.taawun.settlement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.identity.AccessGuard;
import org.taawun.shared.web.InvalidFieldException;

/**
 * The administrator sets the platform's commission on marketplace orders: the default, or a cooperative's own rate
 * (or ends it), from now on or from the start of a later day (Morocco's time). Rates outside 0-100 %, with more than
 * two decimals, or a past day are refused and change nothing.
 */
@Service
public class CommissionSettings {

    static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AccessGuard guard;
    private final PlatformRates rates;
    private final CooperativeDirectory cooperatives;

    CommissionSettings(AccessGuard guard, PlatformRates rates, CooperativeDirectory cooperatives) {
        this.guard = guard;
        this.rates = rates;
        this.cooperatives = cooperatives;
    }

    /**
     * Records the rate. {@code rate} null ends a cooperative's override (the default can't be ended); {@code from}
     * null means now.
     */
    @Transactional
    public void record(UUID cooperativeId, BigDecimal rate, LocalDate from) {
        guard.requireAdmin();
        if (cooperativeId != null && cooperatives.find(cooperativeId).isEmpty()) {
            throw new InvalidFieldException("cooperativeId", "settlement.error.cooperative");
        }
        if (rate == null && cooperativeId == null) {
            throw new InvalidFieldException("rate", "settlement.error.rate-required");
        }
        if (rate != null
                && (rate.signum() < 0
                        || rate.compareTo(HUNDRED) > 0
                        || rate.stripTrailingZeros().scale() > 2)) {
            throw new InvalidFieldException("rate", "settlement.error.rate");
        }
        LocalDate today = LocalDate.now(ZONE);
        if (from != null && from.isBefore(today)) {
            throw new InvalidFieldException("effectiveFrom", "settlement.error.past-day");
        }
        Instant effective = from == null || from.equals(today)
                ? Instant.now()
                : from.atStartOfDay(ZONE).toInstant();
        rates.record(
                cooperativeId,
                rate,
                effective,
                guard.currentUser().orElseThrow().id());
    }

    @Transactional(readOnly = true)
    public List<PlatformRates.Rate> history() {
        guard.requireAdmin();
        return rates.history(200);
    }

    /** The rate in force now for the cooperative (or by default, for none). */
    @Transactional(readOnly = true)
    public BigDecimal current(UUID cooperativeId) {
        guard.requireAdmin();
        return rates.rateAt(cooperativeId, Instant.now());
    }
}
