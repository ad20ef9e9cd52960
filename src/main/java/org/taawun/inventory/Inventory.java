package org.taawun.inventory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock per variant and location. A reservation is one {@code UPDATE … WHERE on_hand - reserved >= quantity}: the
 * database row lock serialises buyers of the same variant, on one node or many, and the check constraints forbid
 * negative or over-reserved stock. Callers run it inside their own transaction, so an order and its reservations
 * commit together or not at all.
 */
@Component
public class Inventory {

    private final JdbcClient jdbc;

    Inventory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets what is physically there (a count or the first listing), recording the difference as a movement. */
    @Transactional
    public void setOnHand(UUID variantId, UUID locationId, LocationKind kind, int onHand, String reason) {
        if (onHand < 0) {
            throw new IllegalArgumentException("negative stock");
        }
        Integer before = jdbc.sql("select on_hand from inventory.stock_levels where variant_id = ? and location_id = ?"
                        + " for update")
                .params(variantId, locationId)
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (before == null) {
            jdbc.sql("insert into inventory.stock_levels (variant_id, location_id, location_kind, on_hand, reserved)"
                            + " values (?, ?, ?, ?, 0)")
                    .params(variantId, locationId, kind.name(), onHand)
                    .update();
        } else {
            int updated = jdbc.sql(
                            "update inventory.stock_levels set on_hand = ? where variant_id = ? and location_id = ?"
                                    + " and reserved <= ?")
                    .params(onHand, variantId, locationId, onHand)
                    .update();
            if (updated == 0) {
                throw new NotEnoughStockException(variantId);
            }
        }
        record(variantId, locationId, onHand - (before == null ? 0 : before), 0, reason, null);
    }

    /**
     * Changes what is physically there from the level the editor was shown ({@code expected}) to {@code onHand}: one
     * conditional UPDATE that matches only while {@code on_hand} is still {@code expected}. Units shipped or returned,
     * or another edit, while her form was open are thus never overwritten: she is refused
     * ({@link StockChangedException}) and nothing changes. Units reserved meanwhile stay reserved ({@code reserved <=}
     * the new level, or {@link NotEnoughStockException}). A variant without stock here yet gets its first level.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeOnHand(
            UUID variantId, UUID locationId, LocationKind kind, int expected, int onHand, String reason) {
        if (onHand < 0) {
            throw new IllegalArgumentException("negative stock");
        }
        int updated = jdbc.sql("update inventory.stock_levels set on_hand = ? where variant_id = ? and location_id = ?"
                        + " and on_hand = ? and reserved <= ?")
                .params(onHand, variantId, locationId, expected, onHand)
                .update();
        if (updated == 1) {
            if (onHand != expected) {
                record(variantId, locationId, onHand - expected, 0, reason, null);
            }
            return;
        }
        Integer current = jdbc.sql(
                        "select on_hand from inventory.stock_levels where variant_id = ? and location_id = ?")
                .params(variantId, locationId)
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (current == null) {
            int inserted = jdbc.sql(
                            "insert into inventory.stock_levels (variant_id, location_id, location_kind, on_hand,"
                                    + " reserved) values (?, ?, ?, ?, 0) on conflict (variant_id, location_id) do nothing")
                    .params(variantId, locationId, kind.name(), onHand)
                    .update();
            if (inserted == 0) {
                throw new StockChangedException(variantId);
            }
            record(variantId, locationId, onHand, 0, reason, null);
        } else if (current != expected) {
            throw new StockChangedException(variantId);
        } else {
            throw new NotEnoughStockException(variantId);
        }
    }

    /** Reserves every line or none: the first line that cannot be served throws and the caller rolls back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(List<StockLine> lines, String reference) {
        for (StockLine line : inLockOrder(lines)) {
            int updated = jdbc.sql("update inventory.stock_levels set reserved = reserved + ? where variant_id = ?"
                            + " and location_id = ? and on_hand - reserved >= ?")
                    .params(line.quantity(), line.variantId(), line.locationId(), line.quantity())
                    .update();
            if (updated == 0) {
                throw new NotEnoughStockException(line.variantId());
            }
            record(line.variantId(), line.locationId(), 0, line.quantity(), "RESERVED", reference);
        }
    }

    /** Gives reserved units back (an order refused, cancelled or returned before delivery). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(List<StockLine> lines, String reference) {
        for (StockLine line : lines) {
            jdbc.sql(
                            "update inventory.stock_levels set reserved = reserved - ? where variant_id = ? and location_id = ?")
                    .params(line.quantity(), line.variantId(), line.locationId())
                    .update();
            record(line.variantId(), line.locationId(), 0, -line.quantity(), "RELEASED", reference);
        }
    }

    /** Reserved units leave the store (an order shipped). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void fulfil(List<StockLine> lines, String reference) {
        for (StockLine line : lines) {
            jdbc.sql("update inventory.stock_levels set reserved = reserved - ?, on_hand = on_hand - ? where"
                            + " variant_id = ? and location_id = ?")
                    .params(line.quantity(), line.quantity(), line.variantId(), line.locationId())
                    .update();
            record(line.variantId(), line.locationId(), -line.quantity(), -line.quantity(), "SHIPPED", reference);
        }
    }

    /** Units that came back (an order returned after shipping). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void restock(List<StockLine> lines, String reference) {
        for (StockLine line : lines) {
            jdbc.sql("update inventory.stock_levels set on_hand = on_hand + ? where variant_id = ? and location_id = ?")
                    .params(line.quantity(), line.variantId(), line.locationId())
                    .update();
            record(line.variantId(), line.locationId(), line.quantity(), 0, "RETURNED", reference);
        }
    }

    /**
     * Moves units between locations (a consignment deposit from a cooperative's store to a shop, a withdrawal back),
     * every line or none. Each line's {@code locationId} is where its units leave; they arrive at {@code to}. The two
     * rows of a variant are locked in one fixed order (by location id), whichever way the units go, so a deposit and a
     * withdrawal of the same variant never wait for each other; then one conditional UPDATE takes the units only while
     * they are there and not reserved ({@link NotEnoughStockException} otherwise, and the caller rolls back), and one
     * upsert adds them at the destination. Units are never created nor lost: both movements are recorded.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(List<StockLine> lines, UUID to, LocationKind toKind, String reason, String reference) {
        for (StockLine line : inLockOrder(lines)) {
            if (line.quantity() <= 0 || line.locationId().equals(to)) {
                throw new IllegalArgumentException("a move takes a positive quantity between two locations");
            }
            jdbc.sql("select on_hand from inventory.stock_levels where variant_id = ? and location_id in (?, ?)"
                            + " order by location_id for update")
                    .params(line.variantId(), line.locationId(), to)
                    .query(Integer.class)
                    .list();
            int taken = jdbc.sql("update inventory.stock_levels set on_hand = on_hand - ? where variant_id = ?"
                            + " and location_id = ? and on_hand - reserved >= ?")
                    .params(line.quantity(), line.variantId(), line.locationId(), line.quantity())
                    .update();
            if (taken == 0) {
                throw new NotEnoughStockException(line.variantId());
            }
            jdbc.sql("insert into inventory.stock_levels (variant_id, location_id, location_kind, on_hand, reserved)"
                            + " values (?, ?, ?, ?, 0) on conflict (variant_id, location_id) do update"
                            + " set on_hand = inventory.stock_levels.on_hand + excluded.on_hand")
                    .params(line.variantId(), to, toKind.name(), line.quantity())
                    .update();
            record(line.variantId(), line.locationId(), -line.quantity(), 0, reason, reference);
            record(line.variantId(), to, line.quantity(), 0, reason, reference);
        }
    }

    /**
     * Units sold at a shop's till while it was online leave the shop's stock, every line or none. Like
     * {@link #reserve}, one conditional UPDATE per line takes them only while they are there and not reserved
     * ({@code on_hand - reserved >= quantity}), so a unit held for an online pickup order is never sold a second time
     * at the till, on one node or many; otherwise {@link NotEnoughStockException} and the caller rolls back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sellAtShop(List<StockLine> lines, String reference) {
        for (StockLine line : inLockOrder(lines)) {
            int taken = jdbc.sql("update inventory.stock_levels set on_hand = on_hand - ? where variant_id = ?"
                            + " and location_id = ? and on_hand - reserved >= ?")
                    .params(line.quantity(), line.variantId(), line.locationId(), line.quantity())
                    .update();
            if (taken == 0) {
                throw new NotEnoughStockException(line.variantId());
            }
            record(line.variantId(), line.locationId(), -line.quantity(), 0, "SOLD", reference);
        }
    }

    /**
     * Units sold at a shop's till while it was offline: the goods already left the shop, so the sale is never
     * refused; it takes what is there and not reserved ({@code least(quantity, on_hand - reserved)}, so reservations
     * of online orders stay whole and no level goes negative) and answers how many units it could not take, which the
     * shop records as a stock exception for its manager. The row is locked first (the same lock a reservation takes),
     * so what is measured is what is taken; the UPDATE keeps the usual condition as a second guard.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int sellAtShopOffline(StockLine line, String reference) {
        Integer before = jdbc.sql("select on_hand - reserved from inventory.stock_levels where variant_id = ? and"
                        + " location_id = ? for update")
                .params(line.variantId(), line.locationId())
                .query(Integer.class)
                .optional()
                .orElse(0);
        int taken = Math.max(0, Math.min(line.quantity(), before));
        if (taken > 0) {
            jdbc.sql("update inventory.stock_levels set on_hand = on_hand - ? where variant_id = ? and location_id = ?"
                            + " and on_hand - reserved >= ?")
                    .params(taken, line.variantId(), line.locationId(), taken)
                    .update();
            record(line.variantId(), line.locationId(), -taken, 0, "SOLD_OFFLINE", reference);
        }
        return line.quantity() - taken;
    }

    /**
     * Units returned at a shop's till go back on its shelf: one upsert per line (a variant sold offline without any
     * stock recorded there gets its first level).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void returnToShop(List<StockLine> lines, String reference) {
        for (StockLine line : inLockOrder(lines)) {
            jdbc.sql("insert into inventory.stock_levels (variant_id, location_id, location_kind, on_hand, reserved)"
                            + " values (?, ?, ?, ?, 0) on conflict (variant_id, location_id) do update"
                            + " set on_hand = inventory.stock_levels.on_hand + excluded.on_hand")
                    .params(line.variantId(), line.locationId(), LocationKind.SHOP.name(), line.quantity())
                    .update();
            record(line.variantId(), line.locationId(), line.quantity(), 0, "RETURNED_AT_SHOP", reference);
        }
    }

    @Transactional(readOnly = true)
    public List<StockLevel> levels(UUID variantId) {
        return jdbc.sql("select location_id, location_kind, on_hand, reserved from inventory.stock_levels where"
                        + " variant_id = ? order by location_kind, location_id")
                .param(variantId)
                .query((rs, i) -> new StockLevel(
                        rs.getObject(1, UUID.class), LocationKind.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** The stock of these variants at every location of one kind (such as the shops holding them), per variant. */
    @Transactional(readOnly = true)
    public Map<UUID, List<StockLevel>> levels(Collection<UUID> variantIds, LocationKind kind) {
        Map<UUID, List<StockLevel>> result = new HashMap<>();
        if (variantIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select variant_id, location_id, location_kind, on_hand, reserved from inventory.stock_levels"
                        + " where variant_id in (:ids) and location_kind = :kind order by location_id")
                .param("ids", variantIds)
                .param("kind", kind.name())
                .query((rs, i) -> result.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.ArrayList<>())
                        .add(new StockLevel(
                                rs.getObject(2, UUID.class),
                                LocationKind.valueOf(rs.getString(3)),
                                rs.getInt(4),
                                rs.getInt(5))))
                .list();
        return result;
    }

    /** What can be sold now at one location, per variant (0 for variants without stock there). */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> available(Collection<UUID> variantIds, UUID locationId) {
        return quantities("on_hand - reserved", variantIds, locationId);
    }

    /** What is physically at one location, per variant (0 for variants without stock there). */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> onHand(Collection<UUID> variantIds, UUID locationId) {
        return quantities("on_hand", variantIds, locationId);
    }

    private Map<UUID, Integer> quantities(String expression, Collection<UUID> variantIds, UUID locationId) {
        Map<UUID, Integer> result = new HashMap<>();
        variantIds.forEach(id -> result.put(id, 0));
        if (variantIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select variant_id, " + expression + " from inventory.stock_levels where location_id = :location"
                        + " and variant_id in (:ids)")
                .param("location", locationId)
                .param("ids", variantIds)
                .query((rs, i) -> result.put(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
        return result;
    }

    /** Always the same order of rows, so that two orders never wait for each other's locks. */
    private static List<StockLine> inLockOrder(List<StockLine> lines) {
        return lines.stream()
                .sorted(Comparator.comparing(StockLine::variantId).thenComparing(StockLine::locationId))
                .toList();
    }

    private void record(UUID variantId, UUID locationId, int onHand, int reserved, String reason, String reference) {
        jdbc.sql("insert into inventory.movements (variant_id, location_id, on_hand_change, reserved_change, reason,"
                        + " reference, at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(variantId, locationId, onHand, reserved, reason, reference, Timestamp.from(Instant.now()))
                .update();
    }
}
