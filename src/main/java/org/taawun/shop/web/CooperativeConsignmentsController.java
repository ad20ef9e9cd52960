package org.taawun.shop.web;

import java.time.ZoneId;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.taawun.identity.ActsFor;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.domain.ConsignmentService;
import org.taawun.shop.domain.ReportPeriod;
import org.taawun.shop.domain.ShopReports;

/** A cooperative manager's view of consignment: her deposits and withdrawals at shops, and what is on their shelves. */
@Controller
class CooperativeConsignmentsController {

    private final ConsignmentService consignments;
    private final ShopReports reports;

    CooperativeConsignmentsController(ConsignmentService consignments, ShopReports reports) {
        this.consignments = consignments;
        this.reports = reports;
    }

    /** Also her units sold at each shop in a period (the last 30 days unless she picks two dates). */
    @ActsFor("coopId")
    @GetMapping("/manage/cooperatives/{coopId}/consignments")
    String list(
            @PathVariable UUID coopId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        model.addAttribute("coopId", coopId);
        model.addAttribute("notes", consignments.ofCooperative(coopId));
        model.addAttribute("shelves", consignments.onShelves(coopId));
        ZoneId zone = reports.cooperativeZone(coopId);
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(from, to, zone);
            model.addAttribute("from", period.from().toString());
            model.addAttribute("to", period.to().toString());
        } catch (InvalidFieldException e) {
            period = ReportPeriod.lastDays(zone);
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("problemArgs", e.args());
            model.addAttribute("problemField", e.field());
            model.addAttribute("from", from);
            model.addAttribute("to", to);
        }
        model.addAttribute("period", period);
        model.addAttribute("sold", reports.soldAtShops(coopId, period));
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
