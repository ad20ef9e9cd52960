package org.taawun.notification.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.taawun.notification.domain.NotificationAdministration;

/** Administrators see parked notifications (and retry one), and the latest notifications with their delivery. */
@Controller
@RequestMapping("/admin/notifications")
class AdminNotificationsController {

    private final NotificationAdministration notifications;

    AdminNotificationsController(NotificationAdministration notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("parked", notifications.parked());
        model.addAttribute("entries", notifications.latest());
        return "notification/admin-outbox";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable UUID id) {
        notifications.retry(id);
        return "redirect:/admin/notifications";
    }
}
