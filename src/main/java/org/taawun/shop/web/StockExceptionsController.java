package org.taawun.shop.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shop.domain.ShopSettingsService;
import org.taawun.shop.domain.StockExceptionService;

/**
 * The manager's stock exceptions: units offline sales could not take from the shop's stock, oldest first, each
 * resolved with a note. A refused note (empty, too long) shows the list again with the message next to that note.
 */
@Controller
class StockExceptionsController {

    private final StockExceptionService exceptions;
    private final ShopSettingsService settings;

    StockExceptionsController(StockExceptionService exceptions, ShopSettingsService settings) {
        this.exceptions = exceptions;
        this.settings = settings;
    }

    @ManagesShop
    @GetMapping("/shop/{shopId}/stock-exceptions")
    String list(@PathVariable UUID shopId, Model model) {
        return page(shopId, null, null, null, model);
    }

    @ManagesShop
    @PostMapping("/shop/{shopId}/stock-exceptions/{id}/resolution")
    String resolve(
            @PathVariable UUID shopId,
            @PathVariable long id,
            @RequestParam(required = false) String note,
            Model model) {
        try {
            exceptions.resolve(shopId, id, note);
        } catch (InvalidFieldException e) {
            return page(shopId, id, note, e.messageKey(), model);
        }
        return "redirect:/shop/" + shopId + "/stock-exceptions?resolved";
    }

    private String page(UUID shopId, Long failed, String note, String error, Model model) {
        model.addAttribute("settings", settings.settings(shopId));
        model.addAttribute("exceptions", exceptions.open(shopId));
        model.addAttribute("failed", failed);
        model.addAttribute("note", note);
        model.addAttribute("error", error);
        return "shop/stock-exceptions";
    }
}
