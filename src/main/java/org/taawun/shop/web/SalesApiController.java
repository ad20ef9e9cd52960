package org.taawun.shop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.shop.domain.RecordReturn;
import org.taawun.shop.domain.RecordSale;
import org.taawun.shop.domain.ReturnRecorder;
import org.taawun.shop.domain.SaleRecorder;

/**
 * Till sales and returns in the API ({@code POST /api/v1/shops/{shopId}/sales} and {@code /returns}, Bearer token),
 * for the shop's cashiers, its managers and administrators, checked before the body is read. The till page posts the
 * same bodies to its twins ({@link TillSalesController}).
 */
@RestController
class SalesApiController {

    private final SaleRecorder sales;
    private final ReturnRecorder returns;

    SalesApiController(SaleRecorder sales, ReturnRecorder returns) {
        this.sales = sales;
        this.returns = returns;
    }

    @SellsAtShop
    @PostMapping("/api/v1/shops/{shopId}/sales")
    @Operation(
            summary = "Record a till sale (idempotent by its id)",
            description = "For the shop's cashiers and managers and administrators. The id is a UUID made by the till:"
                    + " the same sale posted again (another tab, another node, after a lost answer) is recorded once"
                    + " and answered 200 with the stored sale; the same id with another body is sale-id-reused (409)."
                    + " Amounts are decimal strings or numbers in the shop's currency, or {amount, currency}. Each line"
                    + " is priced at the shop's shelf price: an online sale sending another unitPrice is price-changed"
                    + " (409: refresh the catalogue); an offline one (offline=true) keeps its price and is flagged"
                    + " PRICE. Online: the caller's open cash session (or the one named, hers and open), else"
                    + " no-open-session or session-closed (409), and units there and not held for online orders, else"
                    + " not-enough-stock (409). Offline sales are never refused for these: they go to the session they"
                    + " name (flag LATE if it closed), or none (NO_SESSION), and units missing become stock exceptions"
                    + " (flag STOCK). Payments (CASH, CARD, MOBILE, or a split) cover the total (payments-short), card"
                    + " and mobile never exceed it (payments-above-total); cash beyond it is change. A line discount"
                    + " needs a reason and stays within the shop's limit (discount-above-limit). Other refusals:"
                    + " unknown-item, session-of-another-shop, session-of-another-cashier, unknown-session (422),"
                    + " invalid-input (400, with the field). A refusal records nothing.")
    @ApiResponse(responseCode = "201", description = "Recorded now: the sale with its receipt number and addresses")
    @ApiResponse(responseCode = "200", description = "Recorded before with the same body: the stored sale")
    @ApiResponse(
            responseCode = "409",
            description = "The id was used with another body, the price changed, no open session, or not enough stock",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
    ResponseEntity<SaleJson> sale(@PathVariable UUID shopId, @RequestBody RecordSale body) {
        return SalesAnswers.sale(sales.record(shopId, body));
    }

    @SellsAtShop
    @PostMapping("/api/v1/shops/{shopId}/returns")
    @Operation(
            summary = "Record a return against a receipt (idempotent by its id)",
            description = "For the shop's cashiers and managers and administrators, with an open cash session at the"
                    + " shop (no-open-session, 409): the refund leaves that drawer. Lines name the sale's line"
                    + " (position) and the units coming back, never more than sold less already returned"
                    + " (return-above-sold, 422). Each line refunds its share of the line's total (discount"
                    + " included). The refund goes by the methods the sale was paid with: cash first, up to the cash"
                    + " the sale kept less earlier cash refunds, then card, then mobile. The units go back on the"
                    + " shop's shelf. The same id posted again answers 200 with the recorded return; with another body"
                    + " return-id-reused (409). sale-not-found (404) for a sale of another shop.")
    @ApiResponse(responseCode = "201", description = "Recorded now: the total and the refund per method")
    @ApiResponse(responseCode = "200", description = "Recorded before with the same body")
    @ApiResponse(
            responseCode = "422",
            description = "More than can come back",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
    ResponseEntity<SaleJson.ReturnJson> saleReturn(@PathVariable UUID shopId, @RequestBody RecordReturn body) {
        return SalesAnswers.saleReturn(returns.record(shopId, body));
    }
}
