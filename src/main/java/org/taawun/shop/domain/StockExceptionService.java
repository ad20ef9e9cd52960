package org.taawun.shop.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.Catalog;
import org.taawun.catalog.ShelfItem;
import org.taawun.identity.AccessGuard;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;

/**
 * Stock exceptions for the shop's managers: units an offline sale could not take from the shop's stock (they had left
 * by another channel meanwhile, or were held for an online order). The manager looks (a count, a lost reservation),
 * then resolves each one with a note saying what she did; a resolved one is kept with who resolved it and when.
 */
@Service
public class StockExceptionService {

    static final int MAX_NOTE = 300;
    static final int LIST_SIZE = 200;

    /** An open exception: the sale's number, the item (null if the catalogue lost it) and the units missing. */
    public record StockException(
            long id,
            UUID saleId,
            String saleNumber,
            UUID variantId,
            ShelfItem item,
            int shortfall,
            Instant recordedAt) {

        public String name(String language) {
            return item == null ? variantId.toString() : item.name(language);
        }
    }

    private final JdbcClient jdbc;
    private final AccessGuard guard;
    private final Catalog catalog;

    StockExceptionService(JdbcClient jdbc, AccessGuard guard, Catalog catalog) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public List<StockException> open(UUID shopId) {
        guard.requireMayManageShop(shopId);
        List<StockException> rows = jdbc.sql("select e.id, e.sale_id, s.number, e.variant_id, e.shortfall,"
                        + " e.recorded_at from shop.stock_exceptions e join shop.sales s on s.id = e.sale_id"
                        + " where e.shop_id = ? and e.resolved_at is null order by e.recorded_at, e.id limit ?")
                .params(shopId, LIST_SIZE)
                .query((rs, i) -> new StockException(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        null,
                        rs.getInt(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
        Map<UUID, ShelfItem> items =
                catalog.shelfItems(rows.stream().map(StockException::variantId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(ShelfItem::id, Function.identity()));
        return rows.stream()
                .map(r -> new StockException(
                        r.id(),
                        r.saleId(),
                        r.saleNumber(),
                        r.variantId(),
                        items.get(r.variantId()),
                        r.shortfall(),
                        r.recordedAt()))
                .toList();
    }

    /** Resolves an open exception of the shop with the manager's note; one already resolved or unknown is a 404. */
    @Transactional
    public void resolve(UUID shopId, long id, String note) {
        guard.requireMayManageShop(shopId);
        if (note == null || note.isBlank()) {
            throw new InvalidFieldException("note", "shop-sales.error.note");
        }
        if (note.trim().length() > MAX_NOTE) {
            throw new InvalidFieldException("note", "shop-sales.error.too-long");
        }
        int updated = jdbc.sql("update shop.stock_exceptions set resolved_at = now(), resolved_by = ?, resolution = ?"
                        + " where id = ? and shop_id = ? and resolved_at is null")
                .params(guard.currentUser().orElseThrow().id(), note.trim(), id, shopId)
                .update();
        if (updated == 0) {
            throw ProblemException.notFound("stock-exception-not-found", "shop-sales.error.exception-not-found");
        }
    }
}
