package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.taawun.catalog.Catalog;
import org.taawun.catalog.ShelfItem;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.CommissionRates;
import org.taawun.shop.ShopView;

/**
 * Checks and prices a sale's lines, reading only. Each item must be on this shop's shelf ({@code unknown-item}); its
 * price is the shelf's: an online till that shows another price is told so ({@code price-changed}, 409: it refreshes
 * its catalogue and the cashier confirms), while an offline sale, already made, keeps the till's price and is flagged
 * {@code PRICE}. A line discount needs a reason and stays within the shop's limit (percent of the line). Each line
 * keeps the commission rate in force when it was sold.
 */
@Component
class SalePricing {

    static final int MAX_LINES = 200;
    static final int MAX_QUANTITY = 10_000;
    static final int MAX_REASON = 200;

    /** The priced lines, their total, and whether an offline till's price differed from the shelf's. */
    record Priced(List<PricedLine> lines, Money total, boolean tillPrice) {}

    private record Shelf(UUID cooperativeId, Money price) {}

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final CommissionRates rates;

    SalePricing(JdbcClient jdbc, Catalog catalog, CommissionRates rates) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.rates = rates;
    }

    Priced price(ShopView shop, RecordSale sale) {
        List<RecordSale.Line> lines = sale.lines();
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new InvalidFieldException("lines", "shop-sales.error.no-lines");
        }
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            RecordSale.Line line = lines.get(i);
            if (line == null || line.productId() == null) {
                throw new InvalidFieldException("lines[" + i + "].productId", "shop-sales.error.unknown-item");
            }
            if (line.quantity() == null || line.quantity() <= 0 || line.quantity() > MAX_QUANTITY) {
                throw new InvalidFieldException("lines[" + i + "].quantity", "shop-sales.error.quantity");
            }
            ids.add(line.productId());
        }
        Map<UUID, Shelf> shelf = shelf(shop, ids);
        Map<UUID, ShelfItem> items =
                catalog.shelfItems(ids).stream().collect(Collectors.toMap(ShelfItem::id, Function.identity()));
        BigDecimal limit = maxLineDiscount(shop.id());
        List<PricedLine> priced = new ArrayList<>();
        boolean tillPrice = false;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            RecordSale.Line line = lines.get(i);
            Shelf onShelf = shelf.get(line.productId());
            ShelfItem item = items.get(line.productId());
            if (onShelf == null || item == null) {
                throw ProblemException.refused("unknown-item", "shop-sales.error.unknown-item-at", i + 1);
            }
            Money unitPrice = unitPrice(shop, sale, line, onShelf, i);
            tillPrice |= !unitPrice.equals(onShelf.price());
            Money discount = discount(shop, line, unitPrice, limit, i);
            priced.add(new PricedLine(
                    i,
                    line.productId(),
                    onShelf.cooperativeId(),
                    item.category(),
                    line.quantity(),
                    unitPrice,
                    discount,
                    discount.amount().signum() > 0 ? line.discountReason().trim() : null,
                    commission(shop.id(), onShelf.cooperativeId(), item, sale.soldAt())));
            total = total.add(priced.get(i).lineTotal().amount());
        }
        return new Priced(priced, new Money(total, shop.currency()), tillPrice);
    }

    private BigDecimal commission(UUID shopId, UUID cooperativeId, ShelfItem item, Instant soldAt) {
        return rates.commissionRate(shopId, cooperativeId, item.category(), soldAt);
    }

    private static Money unitPrice(ShopView shop, RecordSale sale, RecordSale.Line line, Shelf onShelf, int i) {
        Money sent = TillAmounts.of(line.unitPrice(), shop.currency(), "lines[" + i + "].unitPrice");
        if (sent == null || sent.equals(onShelf.price())) {
            return onShelf.price();
        }
        if (sent.amount().signum() <= 0) {
            throw new InvalidFieldException("lines[" + i + "].unitPrice", "shop-sales.error.price");
        }
        if (!sale.isOffline()) {
            throw ProblemException.conflict("price-changed", "shop-sales.error.price-changed", i + 1);
        }
        return sent;
    }

    private static Money discount(ShopView shop, RecordSale.Line line, Money unitPrice, BigDecimal limit, int i) {
        String field = "lines[" + i + "].discount";
        Money discount = TillAmounts.of(line.discount(), shop.currency(), field);
        if (discount == null || discount.amount().signum() == 0) {
            return Money.zero(shop.currency());
        }
        if (discount.isNegative()) {
            throw new InvalidFieldException(field, "shop-sales.error.discount");
        }
        BigDecimal allowed =
                unitPrice.times(line.quantity()).amount().multiply(limit).movePointLeft(2);
        if (discount.amount().compareTo(allowed) > 0) {
            throw ProblemException.refused("discount-above-limit", "shop-sales.error.discount-above-limit", i + 1);
        }
        String reason = line.discountReason();
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("lines[" + i + "].discountReason", "shop-sales.error.discount-reason");
        }
        if (reason.trim().length() > MAX_REASON) {
            throw new InvalidFieldException("lines[" + i + "].discountReason", "shop-sales.error.too-long");
        }
        return discount;
    }

    private Map<UUID, Shelf> shelf(ShopView shop, Set<UUID> ids) {
        return jdbc
                .sql("select variant_id, cooperative_id, price, currency from shop.shelf_items where shop_id = :shop"
                        + " and variant_id in (:ids)")
                .param("shop", shop.id())
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> Map.entry(
                        rs.getObject(1, UUID.class),
                        new Shelf(rs.getObject(2, UUID.class), new Money(rs.getBigDecimal(3), rs.getString(4)))))
                .list()
                .stream()
                .filter(e -> e.getValue().price().currency().equals(shop.currency()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private BigDecimal maxLineDiscount(UUID shopId) {
        return jdbc.sql("select max_line_discount from shop.shops where id = ?")
                .param(shopId)
                .query(BigDecimal.class)
                .single();
    }
}
