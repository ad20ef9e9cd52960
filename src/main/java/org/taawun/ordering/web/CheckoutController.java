package org.taawun.ordering.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.identity.AccessGuard;
import org.taawun.ordering.domain.CartView;
import org.taawun.ordering.domain.Carts;
import org.taawun.ordering.domain.Order;
import org.taawun.ordering.domain.OrderPlacement;
import org.taawun.ordering.domain.PlaceOrder;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.Shops;

/** Checkout as a guest or signed in: one currency group of the cart becomes one order, split per cooperative. */
@Controller
class CheckoutController {

    private final CartCookie cookie;
    private final CartView views;
    private final Carts carts;
    private final OrderPlacement placement;
    private final CooperativeDirectory cooperatives;
    private final Shops shops;
    private final AccessGuard guard;
    private final Validator validator;

    CheckoutController(
            CartCookie cookie,
            CartView views,
            Carts carts,
            OrderPlacement placement,
            CooperativeDirectory cooperatives,
            Shops shops,
            AccessGuard guard,
            Validator validator) {
        this.cookie = cookie;
        this.views = views;
        this.carts = carts;
        this.placement = placement;
        this.cooperatives = cooperatives;
        this.shops = shops;
        this.guard = guard;
        this.validator = validator;
    }

    @GetMapping("/checkout")
    String form(
            @RequestParam(required = false) String currency, HttpServletRequest request, Model model, Locale locale) {
        CheckoutForm form = new CheckoutForm();
        guard.currentUser().ifPresent(u -> form.setName(u.displayName()));
        return show(form, currency, request, model, locale);
    }

    @PostMapping("/checkout")
    String place(
            @ModelAttribute("form") CheckoutForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        Optional<UUID> cartId = cookie.current(request);
        Optional<CartView.Group> group = cartId.flatMap(id -> group(views.of(id), form.getCurrency()));
        if (group.isEmpty()) {
            return "redirect:/cart";
        }
        List<UUID> ids = group.get().blocks().stream()
                .flatMap(b -> b.rows().stream())
                .map(r -> r.item().id())
                .toList();
        PlaceOrder order = new PlaceOrder(
                group.get().blocks().stream()
                        .flatMap(b -> b.rows().stream())
                        .map(r -> new PlaceOrder.Line(r.item().id(), r.quantity()))
                        .toList(),
                new PlaceOrder.Delivery(form.getMethod(), form.getShopId()),
                form.getMethod() == Order.DeliveryMethod.PICKUP
                        ? Order.Payment.PAY_AT_PICKUP
                        : Order.Payment.CASH_ON_DELIVERY,
                new PlaceOrder.CustomerDetails(
                        form.getName(), form.getPhone(), form.getAddress(), form.getCity(), form.getRegion()));
        for (ConstraintViolation<PlaceOrder> violation : validator.validate(order)) {
            String path = violation.getPropertyPath().toString().replace("customer.", "");
            errors.rejectValue(fieldOf(path), "invalid", violation.getMessage());
        }
        if (errors.hasErrors()) {
            return show(form, form.getCurrency(), request, model, locale);
        }
        try {
            Order placed =
                    placement.place(order, guard.currentUser().map(u -> u.id()).orElse(null), null, null);
            carts.remove(cartId.get(), ids);
            return "redirect:/orders/track/" + placed.trackingToken() + "?placed";
        } catch (InvalidFieldException e) {
            errors.rejectValue(fieldOf(e.field().replace("customer.", "").replace("delivery.", "")), e.messageKey());
        } catch (ProblemException e) {
            model.addAttribute("problem", e.messageKey());
        }
        return show(form, form.getCurrency(), request, model, locale);
    }

    private static String fieldOf(String path) {
        return switch (path) {
            case "name", "phone", "address", "city", "region", "shopId", "method" -> path;
            default -> "method";
        };
    }

    private String show(CheckoutForm form, String currency, HttpServletRequest request, Model model, Locale locale) {
        CartView.View cart = views.of(cookie.current(request).orElse(null));
        Optional<CartView.Group> group = group(cart, currency);
        if (group.isEmpty()) {
            return "redirect:/cart";
        }
        form.setCurrency(group.get().currency());
        String country = "TND".equals(group.get().currency()) ? "TN" : "MA";
        model.addAttribute("form", form);
        model.addAttribute("group", group.get());
        model.addAttribute("regions", cooperatives.regionsOf(country, locale.getLanguage()));
        model.addAttribute("shops", shops.activeIn(country));
        model.addAttribute("country", country);
        return "ordering/checkout";
    }

    private static Optional<CartView.Group> group(CartView.View cart, String currency) {
        return cart.groups().stream()
                .filter(g ->
                        currency == null || currency.isBlank() || g.currency().equals(currency))
                .findFirst();
    }
}
