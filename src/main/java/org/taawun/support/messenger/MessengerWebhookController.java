package org.taawun.support.messenger;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Messenger's webhook ({@code /webhooks/messenger}, outside the API and its sign-in: Meta proves itself by signing
 * each body). GET answers Meta's subscription check; POST takes events: the raw body is read up to a limit, its
 * signature checked, its messages stored in the database (one statement), and only then 200 answered; they are
 * processed after. If they cannot be stored the answer is an error and Meta delivers them again. A signed body that
 * holds nothing usable still gets 200 (Meta would otherwise retry it for hours). The whole channel is off (404) while
 * no app secret is configured.
 */
@RestController
@RequestMapping("/webhooks/messenger")
class MessengerWebhookController {

    private final MessengerProperties properties;
    private final WebhookSignature signature;
    private final WebhookEvents events;
    private final MessengerInbox inbox;
    private final MessengerMetrics metrics;

    MessengerWebhookController(
            MessengerProperties properties,
            WebhookSignature signature,
            WebhookEvents events,
            MessengerInbox inbox,
            MessengerMetrics metrics) {
        this.properties = properties;
        this.signature = signature;
        this.events = events;
        this.inbox = inbox;
        this.metrics = metrics;
    }

    /**
     * Answers with the challenge as {@code text/plain} whatever the {@code Accept} header says (no {@code produces}:
     * a declared type would make Spring answer 406 to {@code Accept: application/json}).
     */
    @GetMapping
    ResponseEntity<String> verify(
            @RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if (!properties.enabled()) {
            return ResponseEntity.notFound().build();
        }
        boolean matches = "subscribe".equals(mode)
                && properties.verifyToken() != null
                && !properties.verifyToken().isBlank()
                && Objects.equals(properties.verifyToken(), token)
                && challenge != null;
        if (!matches) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    @PostMapping
    ResponseEntity<Void> receive(HttpServletRequest request) throws IOException {
        if (!properties.enabled()) {
            return ResponseEntity.notFound().build();
        }
        byte[] body = BoundedBody.read(request, (int) properties.maxBody().toBytes());
        if (body == null) {
            return refuse(HttpStatus.CONTENT_TOO_LARGE, "too_large");
        }
        if (!signature.isValid(body, request.getHeader("X-Hub-Signature-256"))) {
            return refuse(HttpStatus.FORBIDDEN, "signature");
        }
        inbox.accept(events.read(body));
        return ResponseEntity.ok().build();
    }

    private ResponseEntity<Void> refuse(HttpStatus status, String reason) {
        metrics.refused(reason);
        return ResponseEntity.status(status).build();
    }
}
