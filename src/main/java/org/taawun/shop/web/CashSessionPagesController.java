package org.taawun.shop.web;

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
import org.taawun.shop.domain.CashSessionService;
import org.taawun.shop.domain.ShopSettingsService;

/**
 * The manager's cash sessions: the list (newest first, stacked cards on a phone), a session's figures with its Z report
 * and the approval of a closed session. The Z report is also the session's cashier's (the service checks).
 */
@Controller
class CashSessionPagesController {

    private final CashSessionService sessions;
    private final ShopSettingsService settings;

    CashSessionPagesController(CashSessionService sessions, ShopSettingsService settings) {
        this.sessions = sessions;
        this.settings = settings;
    }

    @ManagesShop
    @GetMapping("/shop/{shopId}/cash-sessions")
    String list(@PathVariable UUID shopId, Model model) {
        model.addAttribute("shop", settings.settings(shopId).shop());
        model.addAttribute("sessions", sessions.ofShop(shopId));
        return "shop/cash-sessions";
    }

    @ManagesShop
    @GetMapping("/shop/{shopId}/cash-sessions/{sessionId}")
    String detail(@PathVariable UUID shopId, @PathVariable UUID sessionId, Model model) {
        model.addAttribute("detail", sessions.detail(shopId, sessionId));
        return "shop/cash-session";
    }

    /** Approves once: a second click (or a second node) finds it approved and shows it so. */
    @ManagesShop
    @PostMapping("/shop/{shopId}/cash-sessions/{sessionId}/approval")
    String approve(@PathVariable UUID shopId, @PathVariable UUID sessionId) {
        sessions.approve(shopId, sessionId);
        return "redirect:/shop/" + shopId + "/cash-sessions/" + sessionId + "?approved";
    }

    @GetMapping("/shop/{shopId}/cash-sessions/{sessionId}/z-report.pdf")
    ResponseEntity<byte[]> zReport(@PathVariable UUID shopId, @PathVariable UUID sessionId) {
        byte[] pdf = sessions.zReport(shopId, sessionId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("z-report-" + sessionId + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
