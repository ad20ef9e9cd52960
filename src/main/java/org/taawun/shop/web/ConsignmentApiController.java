package org.taawun.shop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.identity.AccessGuard;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shop.domain.Consignment;
import org.taawun.shop.domain.ConsignmentKind;
import org.taawun.shop.domain.ConsignmentRecorder;
import org.taawun.shop.domain.ConsignmentService;
import org.taawun.shop.domain.RecordConsignment;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consignment in the API: {@code POST /api/v1/shops/{id}/deposits} and {@code /withdrawals}, for the shop's managers
 * (and administrators), checked before the body is read.
 */
@RestController
class ConsignmentApiController {

    /** A recorded deposit or withdrawal. */
    record ConsignmentJson(
            UUID id,
            String number,
            String kind,
            UUID shopId,
            UUID cooperativeId,
            Instant recordedAt,
            List<LineJson> lines,
            Money total,
            String receiptUrl) {

        record LineJson(UUID productId, int quantity, Money unitPrice, String code) {}

        static ConsignmentJson of(Consignment c) {
            return new ConsignmentJson(
                    c.id(),
                    c.number(),
                    c.kind().name(),
                    c.shopId(),
                    c.cooperativeId(),
                    c.recordedAt(),
                    c.lines().stream()
                            .map(l -> new LineJson(l.variantId(), l.quantity(), l.unitPrice(), l.code()))
                            .toList(),
                    c.total(),
                    "/shop/" + c.shopId() + "/consignments/" + c.id() + "/receipt.pdf");
        }
    }

    private final ConsignmentService consignments;
    private final ConsignmentRecorder recorder;
    private final AccessGuard guard;
    private final JsonMapper json;

    ConsignmentApiController(
            ConsignmentService consignments, ConsignmentRecorder recorder, AccessGuard guard, JsonMapper json) {
        this.consignments = consignments;
        this.recorder = recorder;
        this.guard = guard;
        this.json = json;
    }

    @ManagesShop("id")
    @PostMapping("/api/v1/shops/{id}/deposits")
    @Operation(
            summary = "Record a consignment deposit",
            description = "For the shop's managers and administrators. The cooperative's published items (productId is"
                    + " the sellable item) move from her online stock to the shop, still hers, each at the agreed"
                    + " consumer price in the shop's currency. Idempotency-Key (optional, 1 to 100 characters) belongs"
                    + " to the caller's account: the same key and body answer the deposit they made (nothing moves"
                    + " again); the same key with another body is a 409. Keys are kept at least 24 hours. Errors:"
                    + " invalid-input (400, with the failing field), unknown-item and item-of-another-cooperative"
                    + " (422), not-enough-stock (409), idempotency-key-reused (409).")
    @ApiResponse(responseCode = "201", description = "The deposit, numbered, with its receipt's address")
    @ApiResponse(
            responseCode = "409",
            description = "Not enough units online, or the key was used with another body",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
    ResponseEntity<ConsignmentJson> deposit(
            @PathVariable UUID id,
            @RequestBody RecordConsignment body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        if (key != null && (key.isBlank() || key.length() > 100)) {
            throw new InvalidFieldException("Idempotency-Key", "shop.error.idempotency-key");
        }
        Consignment deposit = key == null
                ? recorder.record(id, ConsignmentKind.DEPOSIT, body)
                : consignments.depositOnce(
                        id, body, guard.currentUser().orElseThrow().id(), key, hash(id, body));
        return created(deposit);
    }

    @ManagesShop("id")
    @PostMapping("/api/v1/shops/{id}/withdrawals")
    @Operation(
            summary = "Record a withdrawal of unsold goods",
            description = "For the shop's managers and administrators: lines of productId and quantity go back from"
                    + " the shop to the cooperative's online stock; never more than the shop holds unreserved"
                    + " (not-enough-stock, 409).")
    ResponseEntity<ConsignmentJson> withdraw(@PathVariable UUID id, @RequestBody RecordConsignment body) {
        return created(recorder.record(id, ConsignmentKind.WITHDRAWAL, body));
    }

    private static ResponseEntity<ConsignmentJson> created(Consignment c) {
        String kind = c.kind() == ConsignmentKind.DEPOSIT ? "deposits" : "withdrawals";
        return ResponseEntity.created(URI.create("/api/v1/shops/" + c.shopId() + "/" + kind + "/" + c.id()))
                .body(ConsignmentJson.of(c));
    }

    private String hash(UUID shopId, RecordConsignment body) {
        try {
            byte[] canonical = (shopId + ":" + json.writeValueAsString(body)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
