package org.taawun.settlement.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.taawun.settlement.domain.FailedBookings;

/** The administrator sees the bookings not done (read-only): events settlement did not book, failed or waiting. */
@Controller
class AdminBookingsController {

    private final FailedBookings failed;

    AdminBookingsController(FailedBookings failed) {
        this.failed = failed;
    }

    @GetMapping("/admin/settlement/bookings")
    String list(Model model) {
        model.addAttribute("pending", failed.pending());
        return "settlement/admin-bookings";
    }
}
