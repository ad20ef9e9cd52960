package org.taawun.settlement.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeView;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.ProblemException;

/** A cooperative's balance, for those {@link MoneyAccess} lets see it. */
@Service
public class BalanceService {

    private final MoneyAccess access;
    private final Balances balances;
    private final CooperativeDirectory cooperatives;

    BalanceService(MoneyAccess access, Balances balances, CooperativeDirectory cooperatives) {
        this.access = access;
        this.balances = balances;
        this.cooperatives = cooperatives;
    }

    @Transactional(readOnly = true)
    public CooperativeBalance balance(UUID cooperativeId) {
        access.requireMaySee(cooperativeId);
        CooperativeView cooperative = cooperatives
                .find(cooperativeId)
                .orElseThrow(() -> ProblemException.notFound("cooperative-not-found", "settlement.error.cooperative"));
        List<CooperativeBalance.InCurrency> currencies = balances.of(cooperativeId).stream()
                .map(c -> new CooperativeBalance.InCurrency(
                        c.currency(),
                        c.owed(),
                        c.holders().stream()
                                .map(h -> new CooperativeBalance.Holder(h.shopId(), h.owed()))
                                .toList()))
                .toList();
        Money owed = currencies.stream()
                .filter(c -> c.currency().equals(cooperative.currency()))
                .map(CooperativeBalance.InCurrency::owed)
                .findFirst()
                .orElse(Money.zero(cooperative.currency()));
        return new CooperativeBalance(cooperativeId, owed, currencies);
    }
}
