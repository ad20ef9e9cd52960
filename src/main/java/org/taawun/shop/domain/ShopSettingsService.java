package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.identity.AccessGuard;
import org.taawun.identity.Accounts;
import org.taawun.shared.web.Formats;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/**
 * A shop's settings, changed by its manager (or an administrator): its names, address, hours, currency, the largest
 * line discount a cashier may give, its cashiers, and its commission rates. Every method checks access first.
 */
@Service
public class ShopSettingsService {

    /** What the settings page shows and edits. */
    public record Settings(ShopView shop, BigDecimal maxLineDiscount) {}

    private static final Set<String> CURRENCIES = Set.of("MAD", "TND");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final JdbcClient jdbc;
    private final Shops shops;
    private final AccessGuard guard;
    private final Accounts accounts;
    private final CooperativeDirectory cooperatives;

    ShopSettingsService(
            JdbcClient jdbc, Shops shops, AccessGuard guard, Accounts accounts, CooperativeDirectory cooperatives) {
        this.jdbc = jdbc;
        this.shops = shops;
        this.guard = guard;
        this.accounts = accounts;
        this.cooperatives = cooperatives;
    }

    /** The shops the signed-in person manages: all active ones for an administrator. */
    @Transactional(readOnly = true)
    public List<ShopView> managedShops() {
        return guard.isAdmin() ? shops.active() : shops.all(guard.shopsManaged());
    }

    @Transactional(readOnly = true)
    public Settings settings(UUID shopId) {
        guard.requireMayManageShop(shopId);
        ShopView shop = shop(shopId);
        BigDecimal discount = jdbc.sql("select max_line_discount from shop.shops where id = ?")
                .param(shopId)
                .query(BigDecimal.class)
                .single();
        return new Settings(shop, discount);
    }

    @Transactional
    public void update(UUID shopId, ShopDetails details) {
        guard.requireMayManageShop(shopId);
        ShopView shop = shop(shopId);
        required("nameAr", details.nameAr(), 150);
        required("nameFr", details.nameFr(), 150);
        required("address", details.address(), 300);
        required("city", details.city(), 80);
        if (details.hours() != null && details.hours().length() > 200) {
            throw new InvalidFieldException("hours", "shop.error.too-long");
        }
        if (details.regionCode() == null || !cooperatives.isRegionOf(details.regionCode(), shop.country())) {
            throw new InvalidFieldException("regionCode", "shop.error.region");
        }
        if (details.currency() == null || !CURRENCIES.contains(details.currency())) {
            throw new InvalidFieldException("currency", "shop.error.currency");
        }
        BigDecimal discount = details.maxLineDiscount();
        if (discount == null || discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidFieldException("maxLineDiscount", "shop.error.percent");
        }
        jdbc.sql("update shop.shops set name_ar = ?, name_fr = ?, address = ?, city = ?, region_code = ?, hours = ?,"
                        + " currency = ?, max_line_discount = ? where id = ?")
                .params(
                        details.nameAr().trim(),
                        details.nameFr().trim(),
                        details.address().trim(),
                        details.city().trim(),
                        details.regionCode(),
                        blankToNull(details.hours()),
                        details.currency(),
                        discount,
                        shopId)
                .update();
    }

    /**
     * Records a commission rate, from now on or from the start of a later day in the shop's time zone; a day already
     * past is refused (the rates of past sales stay as they were).
     */
    @Transactional
    public void recordRate(UUID shopId, RateChange change) {
        guard.requireMayManageShop(shopId);
        ShopView shop = shop(shopId);
        boolean isDefault = change.cooperativeId() == null && change.category() == null;
        BigDecimal rate = change.rate();
        if ((rate == null && isDefault)
                || (rate != null
                        && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0 || rate.scale() > 2))) {
            throw new InvalidFieldException("rate", "shop.error.percent");
        }
        if (change.cooperativeId() != null
                && cooperatives.find(change.cooperativeId()).isEmpty()) {
            throw new InvalidFieldException("cooperativeId", "shop.error.cooperative");
        }
        Instant now = Instant.now();
        ZoneId zone = zone(shop);
        LocalDate today = LocalDate.now(zone);
        Instant from;
        if (change.effectiveFrom() == null || change.effectiveFrom().equals(today)) {
            from = now;
        } else if (change.effectiveFrom().isBefore(today)) {
            throw new InvalidFieldException("effectiveFrom", "shop.error.rate-in-past");
        } else {
            from = change.effectiveFrom().atStartOfDay(zone).toInstant();
        }
        jdbc.sql("insert into shop.commission_rates (shop_id, cooperative_id, category, rate, effective_from,"
                        + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        shopId,
                        change.cooperativeId(),
                        change.category() == null ? null : change.category().name(),
                        rate,
                        Timestamp.from(from),
                        Timestamp.from(now),
                        guard.currentUser().map(u -> u.id()).orElse(null))
                .update();
    }

    /** Invites a person (by e-mail) to sell at the shop: she is listed once she follows the link sent to her. */
    @Transactional
    public void inviteCashier(UUID shopId, String email, String name, Locale locale) {
        guard.requireMayManageShop(shopId);
        ShopView shop = shop(shopId);
        String address = email == null ? "" : email.trim();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new InvalidFieldException("email", "shop.error.email");
        }
        String displayName = name == null || name.isBlank() ? address.substring(0, address.indexOf('@')) : name.trim();
        if (displayName.length() > 120) {
            throw new InvalidFieldException("name", "shop.error.too-long");
        }
        accounts.inviteCashier(shopId, shop.name(locale.getLanguage()), address, displayName, locale);
    }

    @Transactional
    public void removeCashier(UUID shopId, UUID accountId) {
        guard.requireMayManageShop(shopId);
        accounts.removeCashier(shopId, accountId);
    }

    @Transactional(readOnly = true)
    public List<Accounts.Cashier> cashiers(UUID shopId) {
        guard.requireMayManageShop(shopId);
        return accounts.cashiersOf(shopId);
    }

    /** The shop's time zone: its days start there. */
    public static ZoneId zone(ShopView shop) {
        return "TN".equals(shop.country()) ? Formats.TUNISIA : Formats.MOROCCO;
    }

    private ShopView shop(UUID shopId) {
        return shops.find(shopId)
                .orElseThrow(() -> ProblemException.notFound("shop-not-found", "shop.error.not-found"));
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "shop.error.required");
        }
        if (value.trim().length() > max) {
            throw new InvalidFieldException(field, "shop.error.too-long");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
