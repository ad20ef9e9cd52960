package org.taawun.shop.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.taawun.catalog.Category;
import org.taawun.catalog.ShelfItem;
import org.taawun.cooperative.CooperativeView;
import org.taawun.shared.money.Money;
import org.taawun.shop.ShopView;

/**
 * What a shop manager reads about her shop: the sales of a period (net of the returns made in it) per day, per
 * cooperative, per category and per item, and the stock on her shelves now with its age.
 */
public record ShopReport(
        ShopView shop,
        ReportPeriod period,
        Figures total,
        List<Day> days,
        List<Group<CooperativeView>> cooperatives,
        List<Group<Category>> categories,
        List<Group<ShelfItem>> bestSellers,
        List<StockAge> stock,
        List<CooperativeStock> stockPerCooperative) {

    /**
     * Units and amounts of sales and of returns. A return counts on the day it was made (the refund left the drawer
     * then), against the cooperative, category and item of the line it returned.
     */
    public record Figures(long unitsSold, long unitsReturned, Money sold, Money returned) {

        public static Figures none(String currency) {
            return new Figures(0, 0, Money.zero(currency), Money.zero(currency));
        }

        public long units() {
            return unitsSold - unitsReturned;
        }

        public Money net() {
            return new Money(sold.amount().subtract(returned.amount()), sold.currency());
        }
    }

    /** One day of the shop's calendar (days without sales are there, with zeros). */
    public record Day(LocalDate date, Figures figures) {}

    /** The figures of one cooperative, category or item; {@code key} is null for a category the line did not keep. */
    public record Group<T>(UUID id, T key, Figures figures) {}

    /**
     * An item on the shelf: how many units, their value at the shop's price, and their age: the days since the oldest
     * deposit of which units are still there, counting that the oldest units leave first (first in, first out), so
     * that units lying unsold since an early deposit show as old even when the item was deposited again since. The
     * last sale tells a slow mover (old and not selling) from an item that sells but was over-stocked.
     */
    public record StockAge(
            ShelfItem item, CooperativeView cooperative, int onHand, Money value, long ageDays, LocalDate lastSold) {}

    /** A cooperative's goods on the shelf: units, value at the shop's prices, and the age of its oldest item. */
    public record CooperativeStock(CooperativeView cooperative, long units, Money value, long oldestDays) {}
}
