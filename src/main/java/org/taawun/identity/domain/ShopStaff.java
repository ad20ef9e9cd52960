package org.taawun.identity.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.taawun.identity.Role;

/** Who works at which shop, and as what (shop manager or cashier): one row per account, shop and role. */
@Repository
public class ShopStaff {

    /** A person listed at a shop. */
    public record Member(UUID accountId, String displayName, String email) {}

    private final JdbcClient jdbc;

    ShopStaff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID accountId, UUID shopId, Role role) {
        jdbc.sql("insert into identity.account_shops (account_id, shop_id, role) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(accountId, shopId, role.name())
                .update();
    }

    public void remove(UUID accountId, UUID shopId, Role role) {
        jdbc.sql("delete from identity.account_shops where account_id = ? and shop_id = ? and role = ?")
                .params(accountId, shopId, role.name())
                .update();
    }

    public boolean isListed(UUID accountId, UUID shopId, Role role) {
        return jdbc.sql("select count(*) > 0 from identity.account_shops where account_id = ? and shop_id = ?"
                        + " and role = ?")
                .params(accountId, shopId, role.name())
                .query(Boolean.class)
                .single();
    }

    public List<UUID> shopsOf(UUID accountId, Role role) {
        return jdbc.sql("select shop_id from identity.account_shops where account_id = ? and role = ? order by shop_id")
                .params(accountId, role.name())
                .query(UUID.class)
                .list();
    }

    public List<Member> members(UUID shopId, Role role) {
        return jdbc.sql("select a.id, a.display_name, a.email from identity.account_shops s"
                        + " join identity.accounts a on a.id = s.account_id where s.shop_id = ? and s.role = ?"
                        + " order by a.display_name")
                .params(shopId, role.name())
                .query((rs, i) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }
}
