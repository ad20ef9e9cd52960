package org.taawun.ordering.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.Catalog;
import org.taawun.catalog.SellableItem;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeView;
import org.taawun.inventory.Inventory;
import org.taawun.shared.money.Money;

/**
 * A cart as the customer sees it, with today's prices: grouped by currency (one order takes one currency; a product
 * in another currency waits in its own group), then by cooperative (each will receive its own part).
 */
@Component
public class CartView {

    /** A line with its item, quantity, total and whether it can still be bought. */
    public record Row(SellableItem item, int quantity, Money total, boolean available) {}

    /** The lines of one cooperative. */
    public record Block(CooperativeView cooperative, List<Row> rows, Money subtotal) {}

    /** All lines in one currency. */
    public record Group(String currency, List<Block> blocks, Money subtotal, boolean orderable) {}

    /** The whole cart; {@code unavailable} lists items no longer for sale. */
    public record View(List<Group> groups, List<UUID> unavailable) {

        public boolean isEmpty() {
            return groups.isEmpty();
        }

        public boolean mixedCurrencies() {
            return groups.size() > 1;
        }
    }

    private final Carts carts;
    private final Catalog catalog;
    private final CooperativeDirectory cooperatives;
    private final Inventory inventory;

    CartView(Carts carts, Catalog catalog, CooperativeDirectory cooperatives, Inventory inventory) {
        this.carts = carts;
        this.catalog = catalog;
        this.cooperatives = cooperatives;
        this.inventory = inventory;
    }

    @Transactional(readOnly = true)
    public View of(UUID cartId) {
        List<Carts.Line> lines = cartId == null ? List.of() : carts.lines(cartId);
        Map<UUID, SellableItem> items = catalog
                .sellables(lines.stream().map(Carts.Line::variantId).toList())
                .stream()
                .collect(Collectors.toMap(SellableItem::id, Function.identity()));
        Map<String, Map<UUID, List<Row>>> byCurrency = new LinkedHashMap<>();
        List<UUID> unavailable = new ArrayList<>();
        for (Carts.Line line : lines) {
            SellableItem item = items.get(line.variantId());
            if (item == null
                    || !item.published()
                    || cooperatives.findPublic(item.cooperativeId()).isEmpty()) {
                unavailable.add(line.variantId());
                continue;
            }
            int stock = inventory
                    .available(List.of(item.id()), item.cooperativeId())
                    .get(item.id());
            byCurrency
                    .computeIfAbsent(item.price().currency(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(item.cooperativeId(), c -> new ArrayList<>())
                    .add(new Row(item, line.quantity(), item.price().times(line.quantity()), stock >= line.quantity()));
        }
        List<Group> groups = new ArrayList<>();
        byCurrency.forEach((currency, blocks) -> groups.add(group(currency, blocks)));
        return new View(groups, unavailable);
    }

    private Group group(String currency, Map<UUID, List<Row>> rowsByCooperative) {
        List<Block> blocks = new ArrayList<>();
        Money total = Money.zero(currency);
        boolean orderable = true;
        for (Map.Entry<UUID, List<Row>> entry : rowsByCooperative.entrySet()) {
            Money subtotal = entry.getValue().stream().map(Row::total).reduce(Money.zero(currency), Money::plus);
            blocks.add(new Block(cooperatives.findPublic(entry.getKey()).orElseThrow(), entry.getValue(), subtotal));
            total = total.plus(subtotal);
            orderable &= entry.getValue().stream().allMatch(Row::available);
        }
        return new Group(currency, blocks, total, orderable && total.amount().compareTo(BigDecimal.ZERO) > 0);
    }
}
