package org.taawun.shop.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.domain.Consignment;
import org.taawun.shop.domain.ConsignmentKind;
import org.taawun.shop.domain.ConsignmentRecorder;
import org.taawun.shop.domain.ConsignmentService;
import org.taawun.shop.domain.RecordConsignment;
import org.taawun.shop.domain.ShopSettingsService;

/**
 * The shop manager's deposits and withdrawals: the list, the forms (one card per item of the chosen cooperative: how
 * many, at what price), a note's page and its PDFs. A refused form is shown again as it was filled, with the message
 * next to the line concerned; nothing was recorded.
 */
@Controller
class ConsignmentPagesController {

    private final ConsignmentService consignments;
    private final ConsignmentRecorder recorder;
    private final ShopSettingsService settings;
    private final CooperativeDirectory cooperatives;

    ConsignmentPagesController(
            ConsignmentService consignments,
            ConsignmentRecorder recorder,
            ShopSettingsService settings,
            CooperativeDirectory cooperatives) {
        this.consignments = consignments;
        this.recorder = recorder;
        this.settings = settings;
        this.cooperatives = cooperatives;
    }

    @ManagesShop
    @GetMapping("/shop/{shopId}/deposits")
    String list(@PathVariable UUID shopId, Model model) {
        model.addAttribute("settings", settings.settings(shopId));
        model.addAttribute("notes", consignments.ofShop(shopId));
        return "shop/consignments";
    }

    @ManagesShop
    @GetMapping({"/shop/{shopId}/deposits/new", "/shop/{shopId}/withdrawals/new"})
    String form(
            @PathVariable UUID shopId,
            @RequestParam(required = false) UUID cooperativeId,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        ConsignmentKind kind = request.getRequestURI().contains("/withdrawals/")
                ? ConsignmentKind.WITHDRAWAL
                : ConsignmentKind.DEPOSIT;
        return form(shopId, kind, cooperativeId, Map.of(), Map.of(), null, null, model);
    }

    @ManagesShop
    @PostMapping({"/shop/{shopId}/deposits", "/shop/{shopId}/withdrawals"})
    String record(
            @PathVariable UUID shopId,
            @RequestParam(required = false) UUID cooperativeId,
            @RequestParam(name = "item", required = false) List<UUID> items,
            @RequestParam(name = "quantity", required = false) List<String> quantities,
            @RequestParam(name = "price", required = false) List<String> prices,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        ConsignmentKind kind =
                request.getRequestURI().endsWith("/withdrawals") ? ConsignmentKind.WITHDRAWAL : ConsignmentKind.DEPOSIT;
        List<UUID> ids = items == null ? List.of() : items;
        Map<UUID, String> qs = byItem(ids, quantities);
        Map<UUID, String> ps = byItem(ids, prices);
        String currency = settings.settings(shopId).shop().currency();
        List<RecordConsignment.Line> lines = new ArrayList<>();
        for (UUID item : ids) {
            String q = qs.get(item).trim();
            if (q.isEmpty()) {
                continue;
            }
            Integer quantity;
            try {
                quantity = Integer.valueOf(q);
            } catch (NumberFormatException e) {
                return form(shopId, kind, cooperativeId, qs, ps, "shop.error.quantity", item, model);
            }
            Money price = null;
            if (kind == ConsignmentKind.DEPOSIT) {
                try {
                    BigDecimal amount = ShopSettingsController.decimal(ps.get(item), "price");
                    price = amount == null ? null : new Money(amount, currency);
                } catch (InvalidFieldException e) {
                    return form(shopId, kind, cooperativeId, qs, ps, "shop.error.price", item, model);
                }
            }
            lines.add(new RecordConsignment.Line(item, quantity, price));
        }
        try {
            Consignment c = recorder.record(shopId, kind, new RecordConsignment(cooperativeId, lines));
            return "redirect:/shop/" + shopId + "/consignments/" + c.id() + "?recorded";
        } catch (InvalidFieldException e) {
            return form(shopId, kind, cooperativeId, qs, ps, e.messageKey(), lineItem(e.field(), lines), model);
        } catch (ProblemException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            UUID item = e instanceof org.taawun.inventory.NotEnoughStockException n ? n.variantId() : null;
            return form(shopId, kind, cooperativeId, qs, ps, e.messageKey(), item, model);
        }
    }

    @ManagesShop
    @GetMapping("/shop/{shopId}/consignments/{id}")
    String note(@PathVariable UUID shopId, @PathVariable UUID id, Model model) {
        ConsignmentService.Note note = consignments.note(id);
        if (!note.consignment().shopId().equals(shopId)) {
            throw ProblemException.notFound("consignment-not-found", "shop.error.note-not-found");
        }
        model.addAttribute("note", note);
        return "shop/consignment";
    }

    @ManagesShop
    @GetMapping("/shop/{shopId}/consignments/{id}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable UUID shopId, @PathVariable UUID id) {
        return pdf(consignments.receipt(id), "note-" + id + ".pdf");
    }

    @ManagesShop
    @GetMapping("/shop/{shopId}/consignments/{id}/labels.pdf")
    ResponseEntity<byte[]> labels(@PathVariable UUID shopId, @PathVariable UUID id) {
        return pdf(consignments.labels(id), "labels-" + id + ".pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }

    private String form(
            UUID shopId,
            ConsignmentKind kind,
            UUID cooperativeId,
            Map<UUID, String> quantities,
            Map<UUID, String> prices,
            String problem,
            UUID problemItem,
            Model model) {
        model.addAttribute("settings", settings.settings(shopId));
        model.addAttribute("kind", kind.name());
        model.addAttribute("cooperatives", cooperatives.listPublic(0, 500).getContent());
        model.addAttribute("cooperativeId", cooperativeId);
        if (cooperativeId != null) {
            model.addAttribute("items", consignments.formItems(shopId, cooperativeId, kind));
        }
        model.addAttribute("quantities", quantities);
        model.addAttribute("prices", prices);
        model.addAttribute("problem", problem);
        model.addAttribute("problemItem", problemItem);
        return "shop/consignment-form";
    }

    /** The item of the line a field names ("lines[2].quantity"), to show the message next to it. */
    private static UUID lineItem(String field, List<RecordConsignment.Line> lines) {
        if (field != null && field.startsWith("lines[")) {
            int i = Integer.parseInt(field.substring(6, field.indexOf(']')));
            return i < lines.size() ? lines.get(i).productId() : null;
        }
        return null;
    }

    private static Map<UUID, String> byItem(List<UUID> ids, List<String> values) {
        Map<UUID, String> map = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            map.put(ids.get(i), values != null && i < values.size() && values.get(i) != null ? values.get(i) : "");
        }
        return map;
    }
}
