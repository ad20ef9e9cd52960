package org.taawun.shop.domain;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.AccessGuard;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/**
 * Recorded sales as the till and its receipts show them: only the shop's staff (its cashiers and managers) and
 * administrators may read them; anyone else, or a sale of another shop, is refused without learning whether it exists.
 */
@Service
public class SalesService {

    /** A sale with its shop, for its receipt. */
    public record Receipt(Sale sale, ShopView shop) {}

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH);

    private final AccessGuard guard;
    private final Shops shops;
    private final SaleQueries queries;

    SalesService(AccessGuard guard, Shops shops, SaleQueries queries) {
        this.guard = guard;
        this.shops = shops;
        this.queries = queries;
    }

    /** A sale of the shop by its id or its receipt number ("R-2026-000012"), with what of each line can come back. */
    @Transactional(readOnly = true)
    public Sale sale(UUID shopId, String idOrNumber) {
        requireMaySellAt(shopId);
        UUID id = id(idOrNumber);
        return (id != null ? queries.find(id) : queries.findByNumber(shopId, idOrNumber.trim()))
                .filter(s -> s.shopId().equals(shopId))
                .orElseThrow(SalesService::notFound);
    }

    @Transactional(readOnly = true)
    public Receipt receipt(UUID shopId, UUID saleId) {
        Sale sale = sale(shopId, saleId.toString());
        return new Receipt(sale, shops.find(shopId).orElseThrow(SalesService::notFound));
    }

    /** The receipt as a PDF for an 80 mm roll (French; see {@link SaleReceiptPdf}). */
    @Transactional(readOnly = true)
    public byte[] receiptPdf(UUID shopId, UUID saleId) {
        Receipt receipt = receipt(shopId, saleId);
        Sale sale = receipt.sale();
        ShopView shop = receipt.shop();
        return SaleReceiptPdf.render(new SaleReceiptPdf.Content(
                sale.number(),
                PRINTED.format(sale.soldAt().atZone(ShopSettingsService.zone(shop))),
                PrintedLine.latin("-", shop.nameFr()),
                PrintedLine.latin("", shop.address() + ", " + shop.city()),
                sale.lines().stream()
                        .map(l -> new SaleReceiptPdf.Line(
                                l.item() == null
                                        ? l.productId().toString()
                                        : PrintedLine.latin(
                                                l.productId().toString(),
                                                l.item().name("fr"),
                                                l.item().name("en")),
                                l.quantity() + " x " + PrintedLine.amount(l.unitPrice()),
                                l.discount().amount().signum() == 0 ? "" : PrintedLine.amount(l.discount()),
                                PrintedLine.amount(l.lineTotal())))
                        .toList(),
                PrintedLine.amount(sale.total()),
                sale.payments().stream()
                        .map(p -> new String[] {
                            method(p.method())
                                    + (p.reference() == null ? "" : " " + PrintedLine.latin("", p.reference())),
                            PrintedLine.amount(p.amount())
                        })
                        .toList(),
                PrintedLine.amount(sale.change()),
                sale.flag()));
    }

    private static String method(String method) {
        return switch (method) {
            case "CASH" -> "Espèces";
            case "CARD" -> "Carte";
            default -> "Paiement mobile";
        };
    }

    private void requireMaySellAt(UUID shopId) {
        if (!guard.maySellAt(shopId)) {
            throw new AccessDeniedException("not staff of shop " + shopId);
        }
    }

    private static UUID id(String idOrNumber) {
        try {
            return UUID.fromString(idOrNumber.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("sale-not-found", "shop-sales.error.sale-not-found");
    }
}
