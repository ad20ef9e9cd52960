package org.taawun.ordering.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
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
import org.taawun.ordering.domain.Order;
import org.taawun.ordering.domain.OrderPart;
import org.taawun.ordering.domain.OrderPlacement;
import org.taawun.ordering.domain.OrderRepository;
import org.taawun.ordering.domain.OrderTracking;
import org.taawun.ordering.domain.PartOwnership;
import org.taawun.ordering.domain.PartWorkflow;
import org.taawun.ordering.domain.PlaceOrder;
import org.taawun.shared.TaawunProperties;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.PageAnswer;
import org.taawun.shared.web.ProblemException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Orders in the API. {@code POST /api/v1/orders} honours {@code Idempotency-Key}: the same key and body give the same
 * order once; the same key with another body is a 409.
 */
@RestController
class OrderApiController {

    record StatusChange(@NotNull PartStatus status, String reason) {}

    private final OrderPlacement placement;
    private final OrderTracking tracking;
    private final OrderRepository orders;
    private final PartWorkflow workflow;
    private final AccessGuard guard;
    private final JsonMapper json;
    private final TaawunProperties properties;

    OrderApiController(
            OrderPlacement placement,
            OrderTracking tracking,
            OrderRepository orders,
            PartWorkflow workflow,
            AccessGuard guard,
            JsonMapper json,
            TaawunProperties properties) {
        this.placement = placement;
        this.tracking = tracking;
        this.orders = orders;
        this.workflow = workflow;
        this.guard = guard;
        this.json = json;
        this.properties = properties;
    }

    @PostMapping("/api/v1/orders")
    ResponseEntity<OrderJson> place(
            @Valid @RequestBody PlaceOrder body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        if (key != null && (key.isBlank() || key.length() > 100)) {
            throw new InvalidFieldException("Idempotency-Key", "ordering.error.idempotency-key");
        }
        String hash = key == null ? null : hash(body);
        Optional<Order> earlier = key == null ? Optional.empty() : placement.findByKey(key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), hash);
        }
        Order order;
        try {
            order = placement.place(body, guard.currentUser().map(u -> u.id()).orElse(null), key, hash);
        } catch (DataIntegrityViolationException e) {
            if (key == null) {
                throw e;
            }
            return replay(placement.findByKey(key).orElseThrow(() -> e), hash);
        }
        return created(order); // as placed and committed: no need to read it back
    }

    @GetMapping("/api/v1/orders/{id}")
    OrderJson one(@PathVariable UUID id) {
        return tracking.byId(id)
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
        return PageAnswer.of(orders.findParts(id, status, PageRequest.of(page, size))
                .map(p -> OrderJson.part(p, p.order().currency())));
    }

    @ActsFor(value = "partId", owner = PartOwnership.class)
    @PostMapping("/api/v1/orders/{id}/parts/{partId}/status")
    OrderJson.PartJson move(@PathVariable UUID id, @PathVariable UUID partId, @Valid @RequestBody StatusChange change) {
        OrderPart part = workflow.forManager(partId);
        if (!part.order().id().equals(id)) {
            throw ProblemException.notFound("order-not-found", "ordering.error.not-found");
        }
        OrderPart moved = workflow.move(partId, change.status(), change.reason());
        return OrderJson.part(moved, moved.order().currency());
    }

    private ResponseEntity<OrderJson> replay(Order order, String hash) {
        if (order.requestHash() == null || !order.requestHash().equals(hash)) {
            throw ProblemException.conflict("idempotency-key-reused", "ordering.error.idempotency-conflict");
        }
        return created(order);
    }

    private ResponseEntity<OrderJson> created(Order order) {
        return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id()))
                .body(OrderJson.of(order, trackingUrl(order)));
    }

    private String trackingUrl(Order order) {
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
