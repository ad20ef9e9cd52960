package org.taawun.ordering.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.taawun.ordering.domain.Order;
import org.taawun.ordering.domain.OrderTracking;
import org.taawun.shared.web.ProblemException;

/** The private tracking link of an order: every part's status and history. */
@Controller
class TrackingController {

    private final OrderTracking tracking;

    TrackingController(OrderTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping("/orders/track/{token}")
    String track(@PathVariable String token, Model model) {
        Order order = tracking.byToken(token)
                .orElseThrow(() -> ProblemException.notFound("order-not-found", "ordering.error.not-found"));
        model.addAttribute("order", order);
        model.addAttribute("shop", tracking.shopOf(order).orElse(null));
        return "ordering/track";
    }
}
