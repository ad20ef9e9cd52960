package org.taawun.shop;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.taawun.Fixtures;
import org.taawun.identity.Role;
import org.taawun.identity.TaawunUser;
import org.taawun.identity.domain.ShopStaff;
import org.taawun.ordering.OrderFixtures;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.money.Money;
import org.taawun.shop.domain.ConsignmentKind;
import org.taawun.shop.domain.ConsignmentRecorder;
import org.taawun.shop.domain.RecordConsignment;

/**
 * Till test data: items of the first demo cooperative deposited at a shop (on its shelf at an agreed price), cashiers
 * listed at a shop, and cash sessions. Sessions are opened and closed by another part of the till; tests here write
 * their rows directly, as that part's service would.
 */
@Component
public class TillFixtures {

    private final Fixtures fixtures;
    private final OrderFixtures orders;
    private final ConsignmentRecorder consignments;
    private final ShopStaff shopStaff;
    private final JdbcClient jdbc;

    TillFixtures(
            Fixtures fixtures,
            OrderFixtures orders,
            ConsignmentRecorder consignments,
            ShopStaff shopStaff,
            JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.orders = orders;
        this.consignments = consignments;
        this.shopStaff = shopStaff;
        this.jdbc = jdbc;
    }

    /** A new item of the first demo cooperative with {@code units} deposited at the shop at {@code price} (MAD). */
    public UUID onShelf(UUID shop, TaawunUser manager, String name, String price, int units) {
        UUID item = orders.product(
                "manager1@taawun.test", DemoIds.COOP_ARGAN, name + " " + UUID.randomUUID(), price, units + 1);
        Fixtures.as(
                manager,
                () -> consignments.record(
                        shop,
                        ConsignmentKind.DEPOSIT,
                        new RecordConsignment(
                                DemoIds.COOP_ARGAN,
                                List.of(new RecordConsignment.Line(item, units, Money.of(price, "MAD"))))));
        return item;
    }

    /** A cashier listed at the shop, as she is once signed in. */
    public TaawunUser cashier(UUID shop) {
        TaawunUser user = fixtures.staff(Role.CASHIER);
        shopStaff.add(user.id(), shop, Role.CASHIER);
        return user;
    }

    /** An open cash session of the cashier at the shop (opened an hour ago, float 200 MAD). */
    public UUID openSession(UUID shop, UUID cashier) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into shop.cash_sessions (id, shop_id, cashier_id, currency, opening_float, opened_at, status)"
                        + " values (?, ?, ?, 'MAD', 200, ?, 'OPEN')")
                .params(id, shop, cashier, Timestamp.from(Instant.now().minusSeconds(3600)))
                .update();
        return id;
    }

    public void closeSession(UUID session) {
        jdbc.sql("update shop.cash_sessions set status = 'CLOSED', closed_at = now() where id = ?")
                .param(session)
                .update();
    }

    /** Units of the item at the location: on hand and reserved. */
    public int[] stock(UUID item, UUID location) {
        return jdbc.sql("select on_hand, reserved from inventory.stock_levels where variant_id = ? and location_id = ?")
                .params(item, location)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .optional()
                .orElse(new int[] {0, 0});
    }

    public long salesOf(UUID shop) {
        return jdbc.sql("select count(*) from shop.sales where shop_id = ?")
                .param(shop)
                .query(Long.class)
                .single();
    }
}
