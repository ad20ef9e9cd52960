package org.taawun.settlement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.settlement.domain.BalanceService;
import org.taawun.settlement.domain.CooperativeBalance;
import org.taawun.settlement.domain.Payout;
import org.taawun.settlement.domain.PayoutRequest;
import org.taawun.settlement.domain.PayoutService;

/** A cooperative's balance and the payouts to her, in the API; who may call is checked before the body is read. */
@RestController
class SettlementApiController {

    private final BalanceService balances;
    private final PayoutService payouts;

    SettlementApiController(BalanceService balances, PayoutService payouts) {
        this.balances = balances;
        this.payouts = payouts;
    }

    @CooperativeMoney("id")
    @GetMapping("/api/v1/cooperatives/{id}/balance")
    @Operation(
            summary = "What the cooperative is owed",
            description = "For her managers, the managers of a shop holding her money, and administrators (403 for"
                    + " anyone else). owed: in her currency; currencies: per currency, in all and by each holder (a"
                    + " shop by its id, the platform without one; negative where she owes it the commission on"
                    + " orders she delivered).")
    CooperativeBalance balance(@PathVariable UUID id) {
        return balances.balance(id);
    }

    @CooperativeMoney(value = "id", pay = true)
    @PostMapping("/api/v1/cooperatives/{id}/payouts")
    @Operation(
            summary = "Record a payout to the cooperative",
            description = "A shop manager pays out of her shop's cash what her shop owes the cooperative (shopId"
                    + " needed only when she manages several shops holding the cooperative's money); an administrator"
                    + " records a platform payout, or a shop's when naming shopId. Body {amount:{amount,currency},"
                    + " method: BANK_TRANSFER|CASH|MOBILE_MONEY, reference, shopId?}. Idempotency-Key required (1 to"
                    + " 100 characters, the caller's own): the same key and body answer the payout they made (200);"
                    + " another body is a 409 idempotency-key-reused. Errors: invalid-input (400), payout-currency"
                    + " (422, a currency she is not owed in), payout-above-balance (422, more than the payer owes her"
                    + " or than she is owed in all).")
    @ApiResponse(responseCode = "201", description = "The payout recorded")
    @ApiResponse(
            responseCode = "422",
            description = "Above the balance, or in a currency she is not owed in",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
    ResponseEntity<Payout> pay(
            @PathVariable UUID id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody PayoutRequest body) {
        PayoutService.Recorded recorded = payouts.payOnce(id, body, key);
        Payout payout = recorded.payout();
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/cooperatives/" + id + "/payouts/" + payout.id()))
                .body(payout);
    }
}
