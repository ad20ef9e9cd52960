package org.taawun.shop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The registry of active shops. */
@Component
public class Shops {

    private static final String COLUMNS = "id, name_ar, name_fr, country, region_code, city, address, hours, currency";

    private final JdbcClient jdbc;

    Shops(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ShopView> active() {
        return jdbc.sql("select " + COLUMNS + " from shop.shops where active order by name_fr")
                .query(Shops::view)
                .list();
    }

    public List<ShopView> activeIn(String country) {
        return jdbc.sql("select " + COLUMNS + " from shop.shops where active and country = ? order by name_fr")
                .param(country)
                .query(Shops::view)
                .list();
    }

    /** These shops (active or not), by name: the shops a manager manages. */
    public List<ShopView> all(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from shop.shops where id in (:ids) order by name_fr")
                .param("ids", ids)
                .query(Shops::view)
                .list();
    }

    public Optional<ShopView> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from shop.shops where id = ? and active")
                .param(id)
                .query(Shops::view)
                .optional();
    }

    private static ShopView view(ResultSet rs, int row) throws SQLException {
        return new ShopView(
                rs.getObject("id", UUID.class),
                rs.getString("name_ar"),
                rs.getString("name_fr"),
                rs.getString("country"),
                rs.getString("region_code"),
                rs.getString("city"),
                rs.getString("address"),
                rs.getString("hours"),
                rs.getString("currency"));
    }
}
