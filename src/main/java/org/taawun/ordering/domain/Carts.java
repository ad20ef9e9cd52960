package org.taawun.ordering.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Carts, kept in the database under the id of a cookie: they survive sign-in and a restart of the server. */
@Component
public class Carts {

    public static final int MAX_QUANTITY = 99;
    public static final int MAX_LINES = 50;

    /** A line of a cart. */
    public record Line(UUID variantId, int quantity) {}

    private final JdbcClient jdbc;

    Carts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public UUID create() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into ordering.carts (id, updated_at) values (?, ?)")
                .params(id, Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    public boolean exists(UUID cartId) {
        return jdbc.sql("select count(*) from ordering.carts where id = ?")
                        .param(cartId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds units (at most {@link #MAX_QUANTITY} of one item); returns the new quantity. */
    @Transactional
    public int add(UUID cartId, UUID variantId, int quantity) {
        List<Line> lines = lines(cartId);
        if (lines.size() >= MAX_LINES
                && lines.stream().noneMatch(l -> l.variantId().equals(variantId))) {
            throw new org.taawun.shared.web.InvalidFieldException("productId", "ordering.error.too-many-lines");
        }
        touch(cartId);
        return jdbc.sql("insert into ordering.cart_lines (cart_id, variant_id, quantity, added_at) values (?, ?, ?, ?)"
                        + " on conflict (cart_id, variant_id) do update set quantity ="
                        + " least(ordering.cart_lines.quantity + excluded.quantity, " + MAX_QUANTITY + ")"
                        + " returning quantity")
                .params(cartId, variantId, Math.min(quantity, MAX_QUANTITY), Timestamp.from(Instant.now()))
                .query(Integer.class)
                .single();
    }

    @Transactional
    public void set(UUID cartId, UUID variantId, int quantity) {
        touch(cartId);
        jdbc.sql("update ordering.cart_lines set quantity = ? where cart_id = ? and variant_id = ?")
                .params(quantity, cartId, variantId)
                .update();
    }

    @Transactional
    public void remove(UUID cartId, Collection<UUID> variantIds) {
        if (variantIds.isEmpty()) {
            return;
        }
        jdbc.sql("delete from ordering.cart_lines where cart_id = :cart and variant_id in (:ids)")
                .param("cart", cartId)
                .param("ids", variantIds)
                .update();
    }

    public List<Line> lines(UUID cartId) {
        return jdbc.sql("select variant_id, quantity from ordering.cart_lines where cart_id = ? order by added_at")
                .param(cartId)
                .query((rs, i) -> new Line(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
    }

    public int count(UUID cartId) {
        return jdbc.sql("select coalesce(sum(quantity), 0) from ordering.cart_lines where cart_id = ?")
                .param(cartId)
                .query(Integer.class)
                .single();
    }

    @Transactional
    public void attach(UUID cartId, UUID accountId) {
        jdbc.sql("update ordering.carts set account_id = ? where id = ? and account_id is null")
                .params(accountId, cartId)
                .update();
    }

    private void touch(UUID cartId) {
        jdbc.sql("update ordering.carts set updated_at = ? where id = ?")
                .params(Timestamp.from(Instant.now()), cartId)
                .update();
    }
}
