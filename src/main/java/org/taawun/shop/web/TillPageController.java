package org.taawun.shop.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.taawun.identity.AccessGuard;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/**
 * The till page: {@code /shop/till} finds the shop the signed-in cashier sells at (a choice when several), the page
 * itself carries everything its script needs (addresses, texts, CSRF token) in a JSON element, and the service worker
 * that keeps the page available offline is served from {@code /shop/} so that its scope covers every shop's till.
 */
@Controller
class TillPageController {

    private static final Resource SERVICE_WORKER = new ClassPathResource("till/till-sw.js");

    private final AccessGuard guard;
    private final Shops shops;
    private final TillPageConfig config;

    TillPageController(AccessGuard guard, Shops shops, TillPageConfig config) {
        this.guard = guard;
        this.shops = shops;
        this.config = config;
    }

    @GetMapping("/shop/till")
    String start(Model model) {
        List<ShopView> mine = guard.isAdmin() ? shops.active() : shops.all(guard.shopsSoldAt());
        if (mine.isEmpty()) {
            throw new AccessDeniedException("sells at no shop");
        }
        if (mine.size() == 1) {
            return "redirect:/shop/" + mine.get(0).id() + "/till";
        }
        model.addAttribute("shops", mine);
        return "shop/till-choose";
    }

    @GetMapping("/shop/{shopId}/till")
    String till(@PathVariable UUID shopId, Model model, Locale locale, CsrfToken csrf) {
        if (!guard.maySellAt(shopId)) {
            throw new AccessDeniedException("may not sell at shop " + shopId);
        }
        ShopView shop = shops.find(shopId)
                .orElseThrow(() -> ProblemException.notFound("shop-not-found", "shop-till.error.shop"));
        model.addAttribute("shop", shop);
        model.addAttribute("tillConfig", config.json(shop, locale, csrf));
        return "shop/till";
    }

    /** Never cached by the browser's HTTP cache, so that a new version of the worker is found at once. */
    @GetMapping(value = "/shop/till-sw.js", produces = "text/javascript")
    ResponseEntity<Resource> serviceWorker() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                .body(SERVICE_WORKER);
    }
}
