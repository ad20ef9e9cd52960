package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.Catalog;
import org.taawun.catalog.Category;
import org.taawun.catalog.ShelfItem;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeView;
import org.taawun.identity.AccessGuard;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.LocationKind;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.Formats;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/**
 * The shop manager's reports (sales of a period, stock on the shelves with its age) and a cooperative manager's units
 * sold at each shop. Each method checks who asks first: the shop's managers and administrators for a shop's report,
 * the cooperative's managers and administrators for hers. Only reads.
 */
@Service
public class ShopReports {

    static final int BEST_SELLERS = 10;

    private final ReportQueries queries;
    private final AccessGuard guard;
    private final Shops shops;
    private final Catalog catalog;
    private final CooperativeDirectory cooperatives;
    private final Inventory inventory;

    ShopReports(
            ReportQueries queries,
            AccessGuard guard,
            Shops shops,
            Catalog catalog,
            CooperativeDirectory cooperatives,
            Inventory inventory) {
        this.queries = queries;
        this.guard = guard;
        this.shops = shops;
        this.catalog = catalog;
        this.cooperatives = cooperatives;
        this.inventory = inventory;
    }

    /** The shop's time zone (its report's days start there); the shop's managers only. */
    @Transactional(readOnly = true)
    public ZoneId zone(UUID shopId) {
        guard.requireMayManageShop(shopId);
        return ShopSettingsService.zone(shop(shopId));
    }

    /** The cooperative's time zone, for the default period of her page (each shop still counts its own days). */
    @Transactional(readOnly = true)
    public ZoneId cooperativeZone(UUID cooperativeId) {
        guard.requireMayActFor(cooperativeId);
        return cooperatives.find(cooperativeId).map(c -> c.country().zone()).orElse(Formats.MOROCCO);
    }

    /** The sales of the period and the stock on the shelves now. */
    @Transactional(readOnly = true)
    public ShopReport report(UUID shopId, ReportPeriod period) {
        guard.requireMayManageShop(shopId);
        ShopView shop = shop(shopId);
        ZoneId zone = ShopSettingsService.zone(shop);
        String currency = shop.currency();
        Instant start = period.start(zone);
        Instant end = period.end(zone);
        List<ReportQueries.Totals> perDay = queries.perDay(shopId, start, end, zone);
        List<ReportQueries.Totals> perCooperative = queries.perCooperative(shopId, start, end);
        List<ReportQueries.Totals> bestSellers = queries.bestSellers(shopId, start, end, BEST_SELLERS);
        Map<UUID, CooperativeView> names = cooperativeNames(
                perCooperative.stream().map(ReportQueries.Totals::cooperativeId).toList());
        Map<UUID, ShelfItem> items =
                items(bestSellers.stream().map(t -> (UUID) t.key()).toList());
        List<ShopReport.StockAge> stock = stock(shopId, zone, currency);
        return new ShopReport(
                shop,
                period,
                total(perDay, currency),
                days(period, perDay, currency),
                perCooperative.stream()
                        .map(t -> new ShopReport.Group<>(
                                t.cooperativeId(), names.get(t.cooperativeId()), figures(t, currency)))
                        .toList(),
                queries.perCategory(shopId, start, end).stream()
                        .map(t -> new ShopReport.Group<>(null, category((String) t.key()), figures(t, currency)))
                        .toList(),
                bestSellers.stream()
                        .map(t ->
                                new ShopReport.Group<>((UUID) t.key(), items.get((UUID) t.key()), figures(t, currency)))
                        .toList(),
                stock,
                perCooperative(stock, currency));
    }

    /**
     * What of the cooperative's goods sold and was returned at each shop in the period (each shop counts its own
     * days), and what is on its shelves now: her items that a shop received or sold (shelf items and till lines), and
     * those of her catalogue on a shop's shelf by any other way (a stock count); by shop name, then by item name.
     */
    @Transactional(readOnly = true)
    public List<CooperativeSales> soldAtShops(UUID cooperativeId, ReportPeriod period) {
        guard.requireMayActFor(cooperativeId);
        // the widest span of the period's days in any zone, then each shop's own days
        Map<UUID, Set<UUID>> itemsPerShop = queries.itemsPerShop(
                cooperativeId, period.start(ZoneOffset.ofHours(14)), period.end(ZoneOffset.ofHours(-12)));
        List<UUID> catalogue =
                catalog.shelfItemsOf(cooperativeId).stream().map(ShelfItem::id).toList();
        inventory
                .levels(catalogue, LocationKind.SHOP)
                .forEach((variant, levels) -> levels.stream()
                        .filter(l -> l.onHand() > 0)
                        .forEach(l -> itemsPerShop
                                .computeIfAbsent(l.locationId(), k -> new HashSet<>())
                                .add(variant)));
        List<CooperativeSales> result = new ArrayList<>();
        for (ShopView shop : shops.all(itemsPerShop.keySet())) {
            ZoneId zone = ShopSettingsService.zone(shop);
            Set<UUID> variants = itemsPerShop.get(shop.id());
            Map<UUID, ReportQueries.Totals> sales =
                    queries.cooperativeAtShop(cooperativeId, shop.id(), period.start(zone), period.end(zone)).stream()
                            .collect(Collectors.toMap(t -> (UUID) t.key(), Function.identity()));
            Map<UUID, Integer> onHand = inventory.onHand(variants, shop.id());
            for (ShelfItem item : catalog.shelfItems(variants)) {
                ReportQueries.Totals t = sales.get(item.id());
                int there = onHand.getOrDefault(item.id(), 0);
                if (!item.cooperativeId().equals(cooperativeId) || t == null && there == 0) {
                    continue;
                }
                ShopReport.Figures f =
                        t == null ? ShopReport.Figures.none(shop.currency()) : figures(t, shop.currency());
                result.add(new CooperativeSales(shop, item, f.unitsSold(), f.unitsReturned(), f.net(), there));
            }
        }
        result.sort(Comparator.comparing((CooperativeSales s) -> s.shop().nameFr())
                .thenComparing(s -> s.item().name("fr")));
        return result;
    }

    /**
     * Each item on the shelf with its age (see {@link ShopReport.StockAge}): the deposits are walked from the newest,
     * adding their units until they cover what is on hand; the deposit reached last holds the oldest units still there.
     * Units on hand beyond every deposit (a count that found more) take the age of the oldest deposit. Slow movers
     * first: the oldest, then the most units.
     */
    private List<ShopReport.StockAge> stock(UUID shopId, ZoneId zone, String currency) {
        List<ReportQueries.Shelved> shelved = queries.shelved(shopId);
        Map<UUID, Integer> onHand = inventory.onHand(
                shelved.stream().map(ReportQueries.Shelved::variantId).toList(), shopId);
        List<ReportQueries.Shelved> present = shelved.stream()
                .filter(s -> onHand.getOrDefault(s.variantId(), 0) > 0)
                .toList();
        if (present.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ReportQueries.Deposit>> deposits = queries.depositsNewestFirst(shopId);
        Map<UUID, Instant> lastSales = queries.lastSales(shopId);
        Map<UUID, ShelfItem> items =
                items(present.stream().map(ReportQueries.Shelved::variantId).toList());
        Map<UUID, CooperativeView> names = cooperativeNames(
                present.stream().map(ReportQueries.Shelved::cooperativeId).toList());
        LocalDate today = LocalDate.now(zone);
        List<ShopReport.StockAge> result = new ArrayList<>();
        for (ReportQueries.Shelved s : present) {
            ShelfItem item = items.get(s.variantId());
            if (item == null) {
                continue;
            }
            int units = onHand.get(s.variantId());
            Instant oldest = oldestOnHand(deposits.getOrDefault(s.variantId(), List.of()), units);
            long age = oldest == null
                    ? 0
                    : ChronoUnit.DAYS.between(oldest.atZone(zone).toLocalDate(), today);
            Instant last = lastSales.get(s.variantId());
            result.add(new ShopReport.StockAge(
                    item,
                    names.get(s.cooperativeId()),
                    units,
                    new Money(s.price().multiply(BigDecimal.valueOf(units)), s.currency()),
                    Math.max(0, age),
                    last == null ? null : last.atZone(zone).toLocalDate()));
        }
        result.sort(Comparator.comparingLong(ShopReport.StockAge::ageDays)
                .reversed()
                .thenComparing(
                        Comparator.comparingInt(ShopReport.StockAge::onHand).reversed())
                .thenComparing(a -> a.item().name("fr")));
        return result;
    }

    /** First in, first out: the deposit (newest first in the list) whose units complete what is on hand. */
    static Instant oldestOnHand(List<ReportQueries.Deposit> newestFirst, int onHand) {
        int covered = 0;
        Instant at = null;
        for (ReportQueries.Deposit d : newestFirst) {
            at = d.at();
            covered += d.quantity();
            if (covered >= onHand) {
                break;
            }
        }
        return at;
    }

    private static List<ShopReport.CooperativeStock> perCooperative(List<ShopReport.StockAge> stock, String currency) {
        Map<UUID, ShopReport.CooperativeStock> result = new LinkedHashMap<>();
        for (ShopReport.StockAge s : stock) {
            if (s.cooperative() == null) {
                continue;
            }
            result.merge(
                    s.cooperative().id(),
                    new ShopReport.CooperativeStock(s.cooperative(), s.onHand(), s.value(), s.ageDays()),
                    (a, b) -> new ShopReport.CooperativeStock(
                            a.cooperative(),
                            a.units() + b.units(),
                            a.value().plus(b.value()),
                            Math.max(a.oldestDays(), b.oldestDays())));
        }
        return result.values().stream()
                .sorted(Comparator.comparingLong(ShopReport.CooperativeStock::oldestDays)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(ShopReport.CooperativeStock::units)
                                .reversed()))
                .toList();
    }

    private static List<ShopReport.Day> days(ReportPeriod period, List<ReportQueries.Totals> perDay, String currency) {
        Map<LocalDate, ReportQueries.Totals> byDate = new HashMap<>();
        perDay.forEach(t -> byDate.put((LocalDate) t.key(), t));
        List<ShopReport.Day> days = new ArrayList<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            ReportQueries.Totals t = byDate.get(d);
            days.add(new ShopReport.Day(d, t == null ? ShopReport.Figures.none(currency) : figures(t, currency)));
        }
        return days;
    }

    private static ShopReport.Figures total(List<ReportQueries.Totals> perDay, String currency) {
        ShopReport.Figures total = ShopReport.Figures.none(currency);
        for (ReportQueries.Totals t : perDay) {
            ShopReport.Figures f = figures(t, currency);
            total = new ShopReport.Figures(
                    total.unitsSold() + f.unitsSold(),
                    total.unitsReturned() + f.unitsReturned(),
                    total.sold().plus(f.sold()),
                    total.returned().plus(f.returned()));
        }
        return total;
    }

    private static ShopReport.Figures figures(ReportQueries.Totals t, String currency) {
        return new ShopReport.Figures(
                t.unitsSold(),
                t.unitsReturned(),
                new Money(t.sold() == null ? BigDecimal.ZERO : t.sold(), currency),
                new Money(t.returned() == null ? BigDecimal.ZERO : t.returned(), currency));
    }

    private static Category category(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Category.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Map<UUID, ShelfItem> items(Collection<UUID> ids) {
        return catalog.shelfItems(ids).stream().collect(Collectors.toMap(ShelfItem::id, Function.identity()));
    }

    private Map<UUID, CooperativeView> cooperativeNames(Collection<UUID> ids) {
        Map<UUID, CooperativeView> result = new HashMap<>();
        for (UUID id : new java.util.HashSet<>(ids)) {
            cooperatives.find(id).ifPresent(c -> result.put(id, c));
        }
        return result;
    }

    private ShopView shop(UUID shopId) {
        return shops.find(shopId)
                .orElseThrow(() -> ProblemException.notFound("shop-not-found", "shop.error.not-found"));
    }
}
