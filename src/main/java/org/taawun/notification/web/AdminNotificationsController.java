package org.taawun.notification.web;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.taawun.notification.domain.Outbox;

/** Administrators see the latest notifications and their delivery, and retry those that failed. */
@Controller
@RequestMapping("/admin/notifications")
class AdminNotificationsController {

    private final Outbox outbox;

    AdminNotificationsController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("entries", outbox.latest(200));
        return "notification/admin-outbox";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable UUID id) {
        outbox.retryFailed(id, Instant.now());
        return "redirect:/admin/notifications";
    }
}
