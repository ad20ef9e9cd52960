package org.taawun.shop.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.Catalog;
import org.taawun.catalog.ShelfItem;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.identity.AccessGuard;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.LocationKind;
import org.taawun.inventory.StockLine;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.DepositReceived;
import org.taawun.shop.GoodsWithdrawn;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/**
 * Records a deposit (a cooperative's goods come to the shop on consignment, still hers) or a withdrawal (unsold goods
 * go back), in one transaction: the numbered note and its lines, the shelf items' codes and agreed prices, the stock
 * moved in {@link Inventory} and the event for other modules. Online stock is the cooperative's own store: a deposit
 * takes its units from there (only units not held by orders), a withdrawal puts them back there. Any refusal (bad
 * line, another cooperative's item, too few units) changes nothing.
 */
@Service
public class ConsignmentRecorder {

    static final int MAX_LINES = 200;
    static final int MAX_QUANTITY = 100_000;

    private final JdbcClient jdbc;
    private final AccessGuard guard;
    private final Shops shops;
    private final Catalog catalog;
    private final CooperativeDirectory cooperatives;
    private final Inventory inventory;
    private final ConsignmentNumbers numbers;
    private final ConsignmentKeys keys;
    private final ConsignmentQueries queries;
    private final ApplicationEventPublisher events;

    ConsignmentRecorder(
            JdbcClient jdbc,
            AccessGuard guard,
            Shops shops,
            Catalog catalog,
            CooperativeDirectory cooperatives,
            Inventory inventory,
            ConsignmentNumbers numbers,
            ConsignmentKeys keys,
            ConsignmentQueries queries,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.shops = shops;
        this.catalog = catalog;
        this.cooperatives = cooperatives;
        this.inventory = inventory;
        this.numbers = numbers;
        this.keys = keys;
        this.queries = queries;
        this.events = events;
    }

    @Transactional
    public Consignment record(UUID shopId, ConsignmentKind kind, RecordConsignment request) {
        return record(shopId, kind, request, null);
    }

    /** As {@link #record(UUID, ConsignmentKind, RecordConsignment)}, remembering the client's key with it. */
    @Transactional
    Consignment record(UUID shopId, ConsignmentKind kind, RecordConsignment request, ConsignmentKeys.Key key) {
        guard.requireMayManageShop(shopId);
        return recordChecked(shopId, kind, request, key);
    }

    /**
     * The demo data's deposits ({@link ShopDemoStock}): no one is signed in while the application starts, so no
     * manager is checked and none is kept as the recorder. Package-private: no request reaches it.
     */
    @Transactional
    Consignment recordForDemo(UUID shopId, RecordConsignment request) {
        return recordChecked(shopId, ConsignmentKind.DEPOSIT, request, null);
    }

    private Consignment recordChecked(
            UUID shopId, ConsignmentKind kind, RecordConsignment request, ConsignmentKeys.Key key) {
        ShopView shop = shops.find(shopId)
                .orElseThrow(() -> ProblemException.notFound("shop-not-found", "shop.error.not-found"));
        Map<UUID, ShelfItem> items = validate(shop, kind, request);

        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        ConsignmentNumbers.Number number = numbers.next(
                shopId,
                kind,
                LocalDate.ofInstant(now, ShopSettingsService.zone(shop)).getYear());
        jdbc.sql("insert into shop.consignments (id, shop_id, cooperative_id, kind, number_year, number_seq, number,"
                        + " currency, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        shopId,
                        request.cooperativeId(),
                        kind.name(),
                        number.year(),
                        number.sequence(),
                        number.text(),
                        shop.currency(),
                        Timestamp.from(now),
                        guard.currentUser().map(u -> u.id()).orElse(null))
                .update();
        List<StockLine> moves = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            RecordConsignment.Line line = request.lines().get(i);
            boolean deposit = kind == ConsignmentKind.DEPOSIT;
            jdbc.sql("insert into shop.consignment_lines (consignment_id, position, variant_id, quantity, unit_price)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(
                            id,
                            i,
                            line.productId(),
                            line.quantity(),
                            deposit ? line.unitPrice().amount() : null)
                    .update();
            if (deposit) {
                shelve(shopId, request.cooperativeId(), line);
            }
            moves.add(new StockLine(line.productId(), deposit ? request.cooperativeId() : shopId, line.quantity()));
        }
        if (kind == ConsignmentKind.DEPOSIT) {
            inventory.move(moves, shopId, LocationKind.SHOP, "DEPOSIT", number.text());
        } else {
            inventory.move(moves, request.cooperativeId(), LocationKind.COOPERATIVE, "WITHDRAWAL", number.text());
        }
        if (key != null) {
            keys.remember(key, id);
        }
        Consignment recorded = queries.find(id).orElseThrow();
        events.publishEvent(event(recorded));
        return recorded;
    }

    private static Object event(Consignment c) {
        if (c.kind() == ConsignmentKind.DEPOSIT) {
            return new DepositReceived(
                    c.id(),
                    c.shopId(),
                    c.cooperativeId(),
                    c.number(),
                    c.recordedAt(),
                    c.lines().stream()
                            .map(l -> new DepositReceived.Line(l.variantId(), l.quantity(), l.unitPrice()))
                            .toList());
        }
        return new GoodsWithdrawn(
                c.id(),
                c.shopId(),
                c.cooperativeId(),
                c.number(),
                c.recordedAt(),
                c.lines().stream()
                        .map(l -> new GoodsWithdrawn.Line(l.variantId(), l.quantity()))
                        .toList());
    }

    /** The variant gets its shop code the first time it comes; the agreed price is the latest deposit's. */
    private void shelve(UUID shopId, UUID cooperativeId, RecordConsignment.Line line) {
        jdbc.sql("insert into shop.shelf_items (shop_id, variant_id, cooperative_id, code, price, currency, updated_at)"
                        + " values (?, ?, ?, '2' || lpad(nextval('shop.shelf_codes')::text, 11, '0'), ?, ?, now())"
                        + " on conflict (shop_id, variant_id) do update set price = excluded.price,"
                        + " currency = excluded.currency, updated_at = excluded.updated_at")
                .params(
                        shopId,
                        line.productId(),
                        cooperativeId,
                        line.unitPrice().amount(),
                        line.unitPrice().currency())
                .update();
    }

    private Map<UUID, ShelfItem> validate(ShopView shop, ConsignmentKind kind, RecordConsignment request) {
        if (request.cooperativeId() == null
                || cooperatives.find(request.cooperativeId()).isEmpty()) {
            throw new InvalidFieldException("cooperativeId", "shop.error.cooperative");
        }
        List<RecordConsignment.Line> lines = request.lines() == null ? List.of() : request.lines();
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new InvalidFieldException("lines", "shop.error.no-lines");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            RecordConsignment.Line line = lines.get(i);
            if (line == null || line.productId() == null) {
                throw new InvalidFieldException("lines[" + i + "].productId", "shop.error.unknown-item");
            }
            if (!seen.add(line.productId())) {
                throw new InvalidFieldException("lines[" + i + "].productId", "shop.error.duplicate-line");
            }
            if (line.quantity() == null || line.quantity() <= 0 || line.quantity() > MAX_QUANTITY) {
                throw new InvalidFieldException("lines[" + i + "].quantity", "shop.error.quantity");
            }
            if (kind == ConsignmentKind.DEPOSIT) {
                if (line.unitPrice() == null || line.unitPrice().amount().signum() <= 0) {
                    throw new InvalidFieldException("lines[" + i + "].unitPrice", "shop.error.price");
                }
                if (!shop.currency().equals(line.unitPrice().currency())) {
                    throw new InvalidFieldException("lines[" + i + "].unitPrice", "shop.error.price-currency");
                }
            }
        }
        Map<UUID, ShelfItem> items =
                catalog.shelfItems(seen).stream().collect(Collectors.toMap(ShelfItem::id, Function.identity()));
        for (RecordConsignment.Line line : lines) {
            ShelfItem item = items.get(line.productId());
            if (item == null || (kind == ConsignmentKind.DEPOSIT && !item.published())) {
                throw ProblemException.refused("unknown-item", "shop.error.unknown-item");
            }
            if (!item.cooperativeId().equals(request.cooperativeId())) {
                throw ProblemException.refused("item-of-another-cooperative", "shop.error.other-cooperative");
            }
        }
        return items;
    }
}
