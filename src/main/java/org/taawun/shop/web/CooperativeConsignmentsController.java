package org.taawun.shop.web;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.taawun.identity.ActsFor;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.domain.ConsignmentService;

/** A cooperative manager's view of consignment: her deposits and withdrawals at shops, and what is on their shelves. */
@Controller
class CooperativeConsignmentsController {

    private final ConsignmentService consignments;

    CooperativeConsignmentsController(ConsignmentService consignments) {
        this.consignments = consignments;
    }

    @ActsFor("coopId")
    @GetMapping("/manage/cooperatives/{coopId}/consignments")
    String list(@PathVariable UUID coopId, Model model) {
        model.addAttribute("coopId", coopId);
        model.addAttribute("notes", consignments.ofCooperative(coopId));
        model.addAttribute("shelves", consignments.onShelves(coopId));
        return "shop/manage-consignments";
    }

    @ActsFor("coopId")
    @GetMapping("/manage/cooperatives/{coopId}/consignments/{id}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable UUID coopId, @PathVariable UUID id) {
        if (!consignments.note(id).consignment().cooperativeId().equals(coopId)) {
            throw ProblemException.notFound("consignment-not-found", "shop.error.note-not-found");
        }
        return ConsignmentPagesController.pdf(consignments.receipt(id), "note-" + id + ".pdf");
    }
}
