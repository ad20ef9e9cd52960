package org.taawun.ordering.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.identity.AccessGuard;
import org.taawun.identity.ActsFor;
import org.taawun.ordering.PartStatus;
import org.taawun.ordering.domain.IdempotentOrders;
import org.taawun.ordering.domain.OrderKey;
import org.taawun.ordering.domain.OrderPlacement;
import org.taawun.ordering.domain.OrderTracking;
import org.taawun.ordering.domain.OrderView;
import org.taawun.ordering.domain.PartOwnership;
import org.taawun.ordering.domain.PartView;
import org.taawun.ordering.domain.PartWorkflow;
import org.taawun.ordering.domain.PlaceOrder;
import org.taawun.shared.TaawunProperties;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.PageAnswer;
import org.taawun.shared.web.ProblemException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders in the API. {@code POST /api/v1/orders} honours {@code Idempotency-Key}, as the key of its client (a signed-in
 * account or API token by its account; an anonymous client by key and body): the same key and body give the same order
 * once; the same key with another body is a 409 for a signed-in client and another order for an anonymous one. Keys
 * are kept at least 24 hours. {@code GET /api/v1/orders/{id}} answers 404 to anyone but the signed-in customer who
 * placed the order, a manager of one of its cooperatives or an administrator: the order, its tracking link and what
 * it says of the customer stay private.
 */
@RestController
class OrderApiController {

    record StatusChange(@NotNull PartStatus status, String reason) {}

    private final OrderPlacement placement;
    private final IdempotentOrders idempotent;
    private final OrderTracking tracking;
    private final PartWorkflow workflow;
    private final AccessGuard guard;
    private final JsonMapper json;
    private final TaawunProperties properties;

    OrderApiController(
            OrderPlacement placement,
            IdempotentOrders idempotent,
            OrderTracking tracking,
            PartWorkflow workflow,
            AccessGuard guard,
            JsonMapper json,
            TaawunProperties properties) {
        this.placement = placement;
        this.idempotent = idempotent;
        this.tracking = tracking;
        this.workflow = workflow;
        this.guard = guard;
        this.json = json;
        this.properties = properties;
    }

    @PostMapping("/api/v1/orders")
    @Operation(
            summary = "Place an order",
            description = "Idempotency-Key (optional, 1 to 100 characters) is the key of its client: a signed-in"
                    + " account or API token by its account, an anonymous client by key and body. The same key and body"
                    + " answer the order they made (nothing more is reserved); the same key with another body is a 409"
                    + " for a signed-in client, another order for an anonymous one. Keys are kept at least 24 hours.")
    ResponseEntity<OrderJson> place(
            @Valid @RequestBody PlaceOrder body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        if (key != null && (key.isBlank() || key.length() > 100)) {
            throw new InvalidFieldException("Idempotency-Key", "ordering.error.idempotency-key");
        }
        UUID accountId = guard.currentUser().map(u -> u.id()).orElse(null);
        if (key == null) {
            return created(placement.place(body, accountId, null));
        }
        // as placed and committed, or as an earlier request with this client's key placed it
        return created(idempotent
                .place(body, accountId, OrderKey.ofClient(accountId, key, hash(body)))
                .order());
    }

    @GetMapping("/api/v1/orders/{id}")
    @Operation(
            summary = "Read an order",
            description = "Only for the signed-in customer who placed it, a manager of one of its cooperatives, or an"
                    + " administrator. Anyone else, signed in or not, gets 404 as for an unknown order: the id alone"
                    + " reveals neither the order, nor its private tracking link, nor the customer. A guest follows"
                    + " her order by the tracking link (trackingUrl) of the answer to POST /api/v1/orders.")
    @ApiResponse(responseCode = "200", description = "The order with its parts and tracking link")
    @ApiResponse(
            responseCode = "404",
            description = "No such order, or not one the caller may read",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
    OrderJson one(@PathVariable UUID id) {
        return tracking.byIdForReader(id)
                .map(o -> OrderJson.of(o, trackingUrl(o)))
                .orElseThrow(() -> ProblemException.notFound("order-not-found", "ordering.error.not-found"));
    }

    @ActsFor("id")
    @GetMapping("/api/v1/cooperatives/{id}/orders")
    PageAnswer<OrderJson.PartJson> parts(
            @PathVariable UUID id,
            @RequestParam(required = false) PartStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        guard.requireMayActFor(id);
        PageAnswer.requireValid(page, size);
        return PageAnswer.of(workflow.parts(id, status, PageRequest.of(page, size))
                .map(p -> OrderJson.part(p, p.order().currency())));
    }

    @ActsFor(value = "partId", owner = PartOwnership.class)
    @PostMapping("/api/v1/orders/{id}/parts/{partId}/status")
    OrderJson.PartJson move(@PathVariable UUID id, @PathVariable UUID partId, @Valid @RequestBody StatusChange change) {
        PartView part = workflow.forManager(partId);
        if (!part.order().id().equals(id)) {
            throw ProblemException.notFound("order-not-found", "ordering.error.not-found");
        }
        PartView moved = workflow.move(partId, change.status(), change.reason());
        return OrderJson.part(moved, moved.order().currency());
    }

    private ResponseEntity<OrderJson> created(OrderView order) {
        return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id()))
                .body(OrderJson.of(order, trackingUrl(order)));
    }

    private String trackingUrl(OrderView order) {
        return properties.baseUrl() + "/orders/track/" + order.trackingToken();
    }

    private String hash(PlaceOrder body) {
        try {
            byte[] canonical = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
