package org.taawun.shop.domain;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.Catalog;
import org.taawun.catalog.ShelfItem;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeView;
import org.taawun.identity.AccessGuard;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.LocationKind;
import org.taawun.inventory.StockLevel;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/**
 * Deposits and withdrawals as shop managers and cooperative managers see them: the lists, a note with its items'
 * names, the forms' items, the receipt and label PDFs, what of a cooperative's goods is on shops' shelves, and the
 * API's idempotent deposit. Every method checks who may see what.
 */
@Service
public class ConsignmentService {

    /** An item offered on a deposit or withdrawal form: how many can move, and the price to suggest. */
    public record FormItem(ShelfItem item, int available, Money suggestedPrice) {}

    /** A note with the names its page shows. */
    public record Note(
            Consignment consignment, ShopView shop, CooperativeView cooperative, Map<UUID, ShelfItem> items) {}

    /** A cooperative's item on a shop's shelf. */
    public record OnShelf(ShopView shop, ShelfItem item, int onHand, int reserved) {}

    private static final int LIST_SIZE = 100;
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH);

    private final ConsignmentRecorder recorder;
    private final ConsignmentQueries queries;
    private final ConsignmentKeys keys;
    private final AccessGuard guard;
    private final Shops shops;
    private final Catalog catalog;
    private final CooperativeDirectory cooperatives;
    private final Inventory inventory;

    ConsignmentService(
            ConsignmentRecorder recorder,
            ConsignmentQueries queries,
            ConsignmentKeys keys,
            AccessGuard guard,
            Shops shops,
            Catalog catalog,
            CooperativeDirectory cooperatives,
            Inventory inventory) {
        this.recorder = recorder;
        this.queries = queries;
        this.keys = keys;
        this.guard = guard;
        this.shops = shops;
        this.catalog = catalog;
        this.cooperatives = cooperatives;
        this.inventory = inventory;
    }

    /**
     * Records a deposit once per key of the client (its account): the same key and body answer the deposit they made
     * (nothing moves again); the same key with another body or shop is a conflict (409). Two requests racing with one
     * key: the second fails on the key's row when the first commits, and answers the first's deposit.
     */
    public Consignment depositOnce(UUID shopId, RecordConsignment request, UUID accountId, String key, String hash) {
        ConsignmentKeys.Key clientKey = new ConsignmentKeys.Key("account:" + accountId, key, hash);
        Optional<Consignment> earlier = earlier(clientKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return recorder.record(shopId, ConsignmentKind.DEPOSIT, request, clientKey);
        } catch (DataIntegrityViolationException e) {
            return earlier(clientKey).orElseThrow(() -> e);
        }
    }

    private Optional<Consignment> earlier(ConsignmentKeys.Key key) {
        return keys.find(key).map(entry -> {
            if (!Objects.equals(entry.requestHash(), key.requestHash())) {
                throw ProblemException.conflict("idempotency-key-reused", "shop.error.idempotency-conflict");
            }
            return queries.find(entry.consignmentId()).orElseThrow();
        });
    }

    @Transactional(readOnly = true)
    public List<Note> ofShop(UUID shopId) {
        guard.requireMayManageShop(shopId);
        return notes(queries.ofShop(shopId, LIST_SIZE));
    }

    @Transactional(readOnly = true)
    public List<Note> ofCooperative(UUID cooperativeId) {
        guard.requireMayActFor(cooperativeId);
        return notes(queries.ofCooperative(cooperativeId, LIST_SIZE));
    }

    /** One note, for the shop's managers and the cooperative's managers (404 for anyone else, as for none). */
    @Transactional(readOnly = true)
    public Note note(UUID id) {
        Consignment c = queries.find(id)
                .filter(x -> guard.mayManageShop(x.shopId()) || guard.mayActFor(x.cooperativeId()))
                .orElseThrow(() -> ProblemException.notFound("consignment-not-found", "shop.error.note-not-found"));
        return notes(List.of(c)).get(0);
    }

    /** The items of the cooperative that can move: her online stock for a deposit, the shop's for a withdrawal. */
    @Transactional(readOnly = true)
    public List<FormItem> formItems(UUID shopId, UUID cooperativeId, ConsignmentKind kind) {
        guard.requireMayManageShop(shopId);
        List<ShelfItem> items = kind == ConsignmentKind.DEPOSIT
                ? catalog.shelfItemsOf(cooperativeId)
                : catalog.shelfItems(queries.shelfPrices(shopId).keySet()).stream()
                        .filter(i -> i.cooperativeId().equals(cooperativeId))
                        .toList();
        List<UUID> ids = items.stream().map(ShelfItem::id).toList();
        Map<UUID, Integer> available =
                inventory.available(ids, kind == ConsignmentKind.DEPOSIT ? cooperativeId : shopId);
        Map<UUID, ConsignmentQueries.ShelfPrice> prices = queries.shelfPrices(shopId);
        String currency = shops.find(shopId).map(ShopView::currency).orElse("MAD");
        return items.stream()
                .filter(i -> available.getOrDefault(i.id(), 0) > 0)
                .map(i -> new FormItem(
                        i,
                        available.getOrDefault(i.id(), 0),
                        prices.containsKey(i.id())
                                ? prices.get(i.id()).price()
                                : i.price().currency().equals(currency) ? i.price() : null))
                .toList();
    }

    /** What of the cooperative's goods lies on shops' shelves now, by shop and product. */
    @Transactional(readOnly = true)
    public List<OnShelf> onShelves(UUID cooperativeId) {
        guard.requireMayActFor(cooperativeId);
        Map<UUID, ShelfItem> items = catalog.shelfItemsOf(cooperativeId).stream()
                .collect(Collectors.toMap(ShelfItem::id, Function.identity()));
        List<OnShelf> result = new ArrayList<>();
        inventory.levels(items.keySet(), LocationKind.SHOP).forEach((variant, levels) -> {
            for (StockLevel level : levels) {
                if (level.onHand() > 0) {
                    shops.find(level.locationId())
                            .ifPresent(shop -> result.add(
                                    new OnShelf(shop, items.get(variant), level.onHand(), level.reserved())));
                }
            }
        });
        result.sort(Comparator.comparing((OnShelf o) -> o.shop().nameFr())
                .thenComparing(o -> o.item().name("fr")));
        return result;
    }

    /** The signed note (PDF) of a deposit or withdrawal. */
    @Transactional(readOnly = true)
    public byte[] receipt(UUID id) {
        Note note = note(id);
        Consignment c = note.consignment();
        List<PrintedLine> lines = printed(note);
        return ReceiptPdf.render(new ReceiptPdf.Content(
                c.kind() == ConsignmentKind.DEPOSIT,
                c.number(),
                PRINTED.format(c.recordedAt().atZone(ShopSettingsService.zone(note.shop()))),
                PrintedLine.latin("-", note.shop().nameFr()),
                PrintedLine.latin("", note.shop().address() + ", " + note.shop().city()),
                PrintedLine.latin(
                        c.cooperativeId().toString(), note.cooperative().nameFr()),
                lines,
                c.units(),
                PrintedLine.amount(c.total())));
    }

    /** The sheet of barcode labels of a deposit, one per unit (shop managers only). */
    @Transactional(readOnly = true)
    public byte[] labels(UUID id) {
        Note note = note(id);
        guard.requireMayManageShop(note.consignment().shopId());
        if (note.consignment().kind() != ConsignmentKind.DEPOSIT) {
            throw ProblemException.notFound("consignment-not-found", "shop.error.note-not-found");
        }
        String cooperative = PrintedLine.latin("", note.cooperative().nameFr());
        List<LabelSheetPdf.Label> labels = new ArrayList<>();
        for (PrintedLine line : printed(note)) {
            for (int i = 0; i < line.quantity(); i++) {
                labels.add(new LabelSheetPdf.Label(
                        line.product(), cooperative, PrintedLine.amount(line.unitPrice()), line.code()));
            }
        }
        return LabelSheetPdf.render(labels);
    }

    private List<PrintedLine> printed(Note note) {
        return note.consignment().lines().stream()
                .map(l -> {
                    ShelfItem item = note.items().get(l.variantId());
                    String name =
                            item == null ? l.code() : PrintedLine.latin(l.code(), item.name("fr"), item.name("en"));
                    return new PrintedLine(name, l.code(), l.quantity(), l.unitPrice());
                })
                .toList();
    }

    private List<Note> notes(List<Consignment> list) {
        Map<UUID, ShelfItem> items = catalog
                .shelfItems(list.stream()
                        .flatMap(c -> c.lines().stream())
                        .map(Consignment.Line::variantId)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(ShelfItem::id, Function.identity()));
        return list.stream()
                .map(c -> new Note(
                        c,
                        shops.find(c.shopId()).orElseThrow(),
                        cooperatives.find(c.cooperativeId()).orElseThrow(),
                        items))
                .toList();
    }
}
