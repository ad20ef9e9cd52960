package org.taawun.ordering.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawun.catalog.Catalog;
import org.taawun.catalog.SellableItem;
import org.taawun.identity.AccessGuard;
import org.taawun.ordering.domain.CartView;
import org.taawun.ordering.domain.Carts;

/** One cart across cooperatives; works with plain form posts. */
@Controller
class CartController {

    private final Carts carts;
    private final CartView views;
    private final CartCookie cookie;
    private final Catalog catalog;
    private final AccessGuard guard;

    CartController(Carts carts, CartView views, CartCookie cookie, Catalog catalog, AccessGuard guard) {
        this.carts = carts;
        this.views = views;
        this.cookie = cookie;
        this.catalog = catalog;
        this.guard = guard;
    }

    @GetMapping("/cart")
    String cart(HttpServletRequest request, Model model) {
        model.addAttribute("cart", views.of(cookie.current(request).orElse(null)));
        return "ordering/cart";
    }

    /** With htmx, adding answers a short status in place instead of a new page. */
    @PostMapping(value = "/cart/lines", headers = "HX-Request=true")
    String addInPlace(
            @RequestParam(required = false) UUID productId,
            @RequestParam(defaultValue = "1") String quantity,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Outcome outcome = addLine(productId, quantity, request, response);
        if (outcome.problem() != null) {
            model.addAttribute("problem", outcome.problem());
        } else {
            model.addAttribute("added", true);
            model.addAttribute("count", carts.count(outcome.cartId()));
        }
        return "ordering/cart-status :: status";
    }

    @PostMapping("/cart/lines")
    String add(
            @RequestParam(required = false) UUID productId,
            @RequestParam(defaultValue = "1") String quantity,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        Outcome outcome = addLine(productId, quantity, request, response);
        if (outcome.problem() != null) {
            flash.addFlashAttribute("problem", outcome.problem());
            return outcome.productId() == null ? "redirect:/cart" : "redirect:/p/" + outcome.productId();
        }
        flash.addFlashAttribute("added", true);
        return "redirect:/cart";
    }

    /** What adding to the cart gave: the cart, or the message key of the refusal (and the product to go back to). */
    private record Outcome(UUID cartId, String problem, UUID productId) {}

    private Outcome addLine(UUID productId, String quantity, HttpServletRequest request, HttpServletResponse response) {
        int units = parse(quantity);
        SellableItem item =
                productId == null ? null : catalog.sellable(productId).orElse(null);
        if (item == null || !item.published()) {
            return new Outcome(null, "ordering.error.product-unavailable", null);
        }
        if (units < 1 || units > Carts.MAX_QUANTITY) {
            return new Outcome(null, "ordering.error.quantity", item.productId());
        }
        UUID cartId = cookie.currentOrNew(request, response);
        guard.currentUser().ifPresent(u -> carts.attach(cartId, u.id()));
        carts.add(cartId, item.id(), units);
        return new Outcome(cartId, null, item.productId());
    }

    @PostMapping("/cart/lines/{variantId}")
    String change(
            @PathVariable UUID variantId,
            @RequestParam(defaultValue = "") String quantity,
            HttpServletRequest request,
            RedirectAttributes flash) {
        int units = parse(quantity);
        cookie.current(request).ifPresent(cartId -> {
            if (units == 0) {
                carts.remove(cartId, List.of(variantId));
            } else if (units > 0 && units <= Carts.MAX_QUANTITY) {
                carts.set(cartId, variantId, units);
            } else {
                flash.addFlashAttribute("problem", "ordering.error.quantity");
            }
        });
        return "redirect:/cart";
    }

    @PostMapping("/cart/lines/{variantId}/delete")
    String remove(@PathVariable UUID variantId, HttpServletRequest request) {
        cookie.current(request).ifPresent(cartId -> carts.remove(cartId, List.of(variantId)));
        return "redirect:/cart";
    }

    private static int parse(String quantity) {
        try {
            return Integer.parseInt(quantity.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
