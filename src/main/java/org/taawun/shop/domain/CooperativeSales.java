package org.taawun.shop.domain;

import org.taawun.catalog.ShelfItem;
import org.taawun.shared.money.Money;
import org.taawun.shop.ShopView;

/**
 * One of a cooperative's items at one shop, as its manager sees it: units sold and units returned in a period, the
 * amount they brought (net of returns, before the shop's commission), and the units on the shelf now.
 */
public record CooperativeSales(ShopView shop, ShelfItem item, long sold, long returned, Money net, int onShelf) {}
