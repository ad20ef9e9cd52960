package org.taawun.ordering.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawun.ordering.domain.OrderTracking;
import org.taawun.ordering.domain.OrderView;
import org.taawun.ordering.domain.PartWorkflow;
import org.taawun.shared.web.ProblemException;

/** The private tracking link of an order: every part's status and history. */
@Controller
class TrackingController {

    private final OrderTracking tracking;
    private final PartWorkflow workflow;

    TrackingController(OrderTracking tracking, PartWorkflow workflow) {
        this.tracking = tracking;
        this.workflow = workflow;
    }

    @GetMapping("/orders/track/{token}")
    String track(@PathVariable String token, Model model) {
        OrderView order = tracking.byToken(token)
                .orElseThrow(() -> ProblemException.notFound("order-not-found", "ordering.error.not-found"));
        model.addAttribute("order", order);
        model.addAttribute("shop", tracking.shopOf(order).orElse(null));
        return "ordering/track";
    }

    /** The customer cancels one part (before it is shipped); the page tells her it is done, or why not. */
    @PostMapping("/orders/track/{token}/parts/{partId}/cancel")
    String cancel(@PathVariable String token, @PathVariable UUID partId, RedirectAttributes flash) {
        try {
            workflow.cancelByCustomer(token, partId);
            flash.addFlashAttribute("cancelled", true);
        } catch (ProblemException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/orders/track/" + token;
    }
}
