package org.taawun.shop.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.taawun.identity.AccessGuard;
import org.taawun.inventory.Inventory;
import org.taawun.inventory.NotEnoughStockException;
import org.taawun.inventory.StockLine;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.SaleRecorded;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/**
 * Records a till sale once, in one transaction, however many times and from however many tabs or nodes it arrives.
 * The sale is found by the id the till made: a sale already recorded under it is answered again (same canonical
 * request hash, 200) or refused ({@code sale-id-reused}, 409), before anything is checked, so a sale recorded when its
 * session was open is still confirmed after the session closed. Otherwise the request is checked and priced (reads
 * only; any refusal changes nothing), a receipt number taken (the shop's counter row stays locked until commit), and
 * the sale row inserted with {@code on conflict (id) do nothing}: if a twin of this request committed meanwhile, the
 * insert waits for it and inserts nothing, and this transaction is rolled back (the number is not used) and answers
 * the twin's sale. Only the request that inserted the row goes on: lines, payments, stock (see {@link Inventory}),
 * stock exceptions and the {@link SaleRecorded} event.
 */
@Service
public class SaleRecorder {

    /** A sale and whether this request recorded it (201) or found it recorded (200). */
    public record Recorded(Sale sale, boolean created) {}

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final AccessGuard guard;
    private final Shops shops;
    private final TillSessions sessions;
    private final SalePricing pricing;
    private final ReceiptNumbers numbers;
    private final Inventory inventory;
    private final SaleQueries queries;
    private final ApplicationEventPublisher events;

    SaleRecorder(
            JdbcClient jdbc,
            AccessGuard guard,
            Shops shops,
            TillSessions sessions,
            SalePricing pricing,
            ReceiptNumbers numbers,
            Inventory inventory,
            SaleQueries queries,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.shops = shops;
        this.sessions = sessions;
        this.pricing = pricing;
        this.numbers = numbers;
        this.inventory = inventory;
        this.queries = queries;
        this.events = events;
    }

    @Transactional
    public Recorded record(UUID shopId, RecordSale request) {
        if (!guard.maySellAt(shopId)) {
            throw new AccessDeniedException("may not sell at shop " + shopId);
        }
        ShopView shop = shops.find(shopId)
                .orElseThrow(() -> ProblemException.notFound("shop-not-found", "shop.error.not-found"));
        if (request.id() == null) {
            throw new InvalidFieldException("id", "shop-sales.error.id");
        }
        String hash = RequestHash.of(shopId, shop.currency(), normalised(request));
        if (queries.requestHash(request.id()).isPresent()) {
            return already(request.id(), hash);
        }
        UUID cashier = guard.currentUser().orElseThrow().id();
        checkSoldAt(request);
        TillSessions.Filing filing = sessions.forSale(shopId, cashier, request.cashSessionId(), request.isOffline());
        if (filing.openedAt() != null
                && request.soldAt().isBefore(filing.openedAt().minus(CLOCK_SKEW))) {
            throw new InvalidFieldException("soldAt", "shop-sales.error.sold-at");
        }
        SalePricing.Priced priced = pricing.price(shop, request);
        PaymentSplit.Split split = PaymentSplit.split(request.payments(), priced.total());

        ReceiptNumbers.Number number = numbers.next(
                shopId,
                LocalDate.ofInstant(request.soldAt(), ShopSettingsService.zone(shop))
                        .getYear());
        if (!SaleRows.insertSale(jdbc, request, shopId, filing.sessionId(), cashier, number, priced.total(), hash)) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return already(request.id(), hash);
        }
        SaleRows.insertLines(jdbc, request.id(), priced.lines());
        SaleRows.insertPayments(jdbc, request.id(), split.payments());
        boolean shortfall = takeStock(shopId, request, priced.lines(), number.text());
        String flag = Flags.of(filing.flag(), priced.tillPrice() ? "PRICE" : null, shortfall ? "STOCK" : null);
        if (flag != null) {
            jdbc.sql("update shop.sales set flag = ? where id = ?")
                    .params(flag, request.id())
                    .update();
        }
        Sale sale = queries.find(request.id()).orElseThrow();
        events.publishEvent(event(sale));
        return new Recorded(sale, true);
    }

    private Recorded already(UUID id, String hash) {
        if (!hash.equals(queries.requestHash(id).orElseThrow())) {
            throw ProblemException.conflict("sale-id-reused", "shop-sales.error.sale-id-reused");
        }
        return new Recorded(queries.find(id).orElseThrow(), false);
    }

    private static void checkSoldAt(RecordSale request) {
        if (request.soldAt() == null || request.soldAt().isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw new InvalidFieldException("soldAt", "shop-sales.error.sold-at");
        }
    }

    /**
     * Online: every line's units are there and not reserved for an online order, or the sale is refused
     * ({@code not-enough-stock}) and rolled back. Offline: the goods already left, so what is there is taken and the
     * shortfall is recorded for the manager; answers whether there was one.
     */
    private boolean takeStock(UUID shopId, RecordSale request, List<PricedLine> lines, String reference) {
        if (!request.isOffline()) {
            List<StockLine> stock = lines.stream()
                    .map(l -> new StockLine(l.variantId(), shopId, l.quantity()))
                    .toList();
            try {
                inventory.sellAtShop(stock, reference);
            } catch (NotEnoughStockException e) {
                int position = lines.stream()
                        .filter(l -> l.variantId().equals(e.variantId()))
                        .map(PricedLine::position)
                        .findFirst()
                        .orElse(0);
                throw ProblemException.conflict("not-enough-stock", "shop-sales.error.not-enough-stock", position + 1);
            }
            return false;
        }
        boolean shortfall = false;
        List<PricedLine> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparing(PricedLine::variantId));
        for (PricedLine line : ordered) {
            int missing =
                    inventory.sellAtShopOffline(new StockLine(line.variantId(), shopId, line.quantity()), reference);
            if (missing > 0) {
                shortfall = true;
                jdbc.sql("insert into shop.stock_exceptions (shop_id, sale_id, variant_id, shortfall, recorded_at)"
                                + " values (?, ?, ?, ?, now())")
                        .params(shopId, request.id(), line.variantId(), missing)
                        .update();
            }
        }
        return shortfall;
    }

    private static RecordSale normalised(RecordSale request) {
        return new RecordSale(
                request.id(),
                request.soldAt(),
                request.cashSessionId(),
                request.offline(),
                request.lines() == null ? List.of() : request.lines(),
                request.payments() == null ? List.of() : request.payments());
    }

    private static SaleRecorded event(Sale sale) {
        return new SaleRecorded(
                sale.id(),
                sale.shopId(),
                sale.currency(),
                sale.soldAt(),
                sale.lines().stream()
                        .map(l -> new SaleRecorded.Line(
                                l.cooperativeId(),
                                l.productId(),
                                l.quantity(),
                                l.unitPrice(),
                                l.discount(),
                                l.commissionRate()))
                        .toList());
    }
}
