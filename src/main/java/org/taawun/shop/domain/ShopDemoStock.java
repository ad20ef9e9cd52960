package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.catalog.Catalog;
import org.taawun.catalog.ShelfItem;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.LocationKind;
import org.taawun.inventory.StockLine;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.demo.DemoSettings;
import org.taawun.shared.money.Money;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/**
 * The demo shop's stock: each demo cooperative's published items priced in the shop's currency come to UNFM Market
 * Khouribga by a real consignment deposit ({@link ConsignmentRecorder}), so the shelf has its numbered note, codes
 * and agreed prices (the online price), and the till and online pickup sell the very same units. Up to
 * {@link #UNITS} per item, always leaving one online. Every demo product is thus also on the demo shop's shelf, as the
 * contract says, the Tunisian group's too: the shop sells in MAD, so their agreed price is a demonstration one, the
 * online TND price times {@link #DEMO_MAD_PER_TND} rounded up to the dirham (not a quote: a real shop and group agree a
 * price in the shop's currency at the deposit).
 *
 * <p>Runs at every start after the catalogue's demo data and acts once: when the demo shop has no deposit recorded
 * by this loader (recorded by no one). A database kept from an earlier version thus gets the shop's stock too; units
 * that version put on the shelf straight from the catalogue (no note, no code) first go back to the cooperative's
 * store, so that every unit on the shelf came with a deposit. The shop's row is locked first: two nodes starting
 * together deposit once.
 */
@Component
@Order(35)
class ShopDemoStock implements ApplicationRunner {

    static final int UNITS = 5;

    /** A demonstration rate only, for the agreed MAD price of the Tunisian group's items. */
    static final BigDecimal DEMO_MAD_PER_TND = new BigDecimal("3.2");

    private static final Logger LOG = LoggerFactory.getLogger(ShopDemoStock.class);
    private static final List<UUID> COOPERATIVES =
            List.of(DemoIds.COOP_ARGAN, DemoIds.COOP_KHOURIBGA, DemoIds.COOP_TUNISIA);

    private final DemoSettings settings;
    private final Shops shops;
    private final Catalog catalog;
    private final Inventory inventory;
    private final ConsignmentRecorder recorder;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ShopDemoStock(
            DemoSettings settings,
            Shops shops,
            Catalog catalog,
            Inventory inventory,
            ConsignmentRecorder recorder,
            JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.settings = settings;
        this.shops = shops;
        this.catalog = catalog;
        this.inventory = inventory;
        this.recorder = recorder;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        shops.find(DemoIds.SHOP_KHOURIBGA).ifPresent(shop -> transactions.executeWithoutResult(tx -> stock(shop)));
    }

    private void stock(ShopView shop) {
        jdbc.sql("select id from shop.shops where id = ? for update")
                .param(shop.id())
                .query(UUID.class)
                .single();
        boolean done = jdbc.sql("select count(*) from shop.consignments where shop_id = ? and recorded_by is null")
                        .param(shop.id())
                        .query(Long.class)
                        .single()
                > 0;
        if (done) {
            return;
        }
        int deposits = 0;
        for (UUID cooperative : COOPERATIVES) {
            List<ShelfItem> items = catalog.shelfItemsOf(cooperative).stream()
                    .filter(i -> !shelved(shop.id(), i.id()))
                    .toList();
            if (!items.isEmpty()) {
                unshelveLoose(shop.id(), cooperative, items);
                deposits += deposit(shop, cooperative, items) ? 1 : 0;
            }
        }
        LOG.info("Demo shop stock: {} deposit(s) recorded", deposits);
    }

    private boolean shelved(UUID shopId, UUID variantId) {
        return jdbc.sql("select count(*) from shop.shelf_items where shop_id = ? and variant_id = ?")
                        .params(shopId, variantId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Units an earlier version put on the shelf without a note go back to the cooperative's store. */
    private void unshelveLoose(UUID shopId, UUID cooperative, List<ShelfItem> items) {
        Map<UUID, Integer> loose =
                inventory.available(items.stream().map(ShelfItem::id).toList(), shopId);
        List<StockLine> back = loose.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> new StockLine(e.getKey(), shopId, e.getValue()))
                .toList();
        if (!back.isEmpty()) {
            inventory.move(back, cooperative, LocationKind.COOPERATIVE, "DEMO", null);
        }
    }

    private boolean deposit(ShopView shop, UUID cooperative, List<ShelfItem> items) {
        Map<UUID, Integer> online =
                inventory.available(items.stream().map(ShelfItem::id).toList(), cooperative);
        List<RecordConsignment.Line> lines = new ArrayList<>();
        for (ShelfItem item : items) {
            int units = Math.min(UNITS, online.getOrDefault(item.id(), 0) - 1);
            if (units > 0) {
                lines.add(new RecordConsignment.Line(item.id(), units, agreedPrice(item.price(), shop.currency())));
            }
        }
        if (lines.isEmpty()) {
            return false;
        }
        recorder.recordForDemo(shop.id(), new RecordConsignment(cooperative, lines));
        return true;
    }

    private static Money agreedPrice(Money online, String shopCurrency) {
        if (online.currency().equals(shopCurrency)) {
            return online;
        }
        if (!online.currency().equals("TND") || !shopCurrency.equals("MAD")) {
            throw new IllegalStateException("no demonstration price from " + online.currency() + " to " + shopCurrency);
        }
        return new Money(online.amount().multiply(DEMO_MAD_PER_TND).setScale(0, RoundingMode.CEILING), shopCurrency);
    }
}
