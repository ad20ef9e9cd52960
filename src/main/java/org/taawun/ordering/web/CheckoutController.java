package org.taawun.ordering.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.identity.AccessGuard;
import org.taawun.inventory.NotEnoughStockException;
import org.taawun.ordering.DeliveryMethod;
import org.taawun.ordering.Payment;
import org.taawun.ordering.domain.CartView;
import org.taawun.ordering.domain.Carts;
import org.taawun.ordering.domain.DeliveryFees;
import org.taawun.ordering.domain.IdempotentOrders;
import org.taawun.ordering.domain.OrderKey;
import org.taawun.ordering.domain.OrderView;
import org.taawun.ordering.domain.PickupShops;
import org.taawun.ordering.domain.PlaceOrder;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;

/**
 * Checkout as a guest or signed in: one currency group of the cart becomes one order, split per cooperative. Each form
 * carries a one-time token, the idempotency key of its cart (kept in the database with the order): sent twice, it
 * places one order and shows that order's confirmation again.
 */
@Controller
class CheckoutController {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final List<String> FIELD_ORDER =
            List.of("name", "phone", "method", "address", "region", "shopId", "city");

    private final CartCookie cookie;
    private final CartView views;
    private final Carts carts;
    private final IdempotentOrders placement;
    private final CooperativeDirectory cooperatives;
    private final PickupShops pickupShops;
    private final DeliveryFees fees;
    private final AccessGuard guard;
    private final Validator validator;

    CheckoutController(
            CartCookie cookie,
            CartView views,
            Carts carts,
            IdempotentOrders placement,
            CooperativeDirectory cooperatives,
            PickupShops pickupShops,
            DeliveryFees fees,
            AccessGuard guard,
            Validator validator) {
        this.cookie = cookie;
        this.views = views;
        this.carts = carts;
        this.placement = placement;
        this.cooperatives = cooperatives;
        this.pickupShops = pickupShops;
        this.fees = fees;
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
        boolean tokenValid =
                form.getToken() != null && TOKEN.matcher(form.getToken()).matches();
        if (cartId.isPresent() && tokenValid) {
            Optional<OrderView> earlier = placement.earlier(OrderKey.ofCheckout(cartId.get(), form.getToken()));
            if (earlier.isPresent()) {
                return confirmation(earlier.get());
            }
        }
        Optional<CartView.Group> group = cartId.flatMap(id -> group(views.of(id), form.getCurrency()));
        if (group.isEmpty()) {
            return "redirect:/cart";
        }
        boolean home = form.getMethod() == DeliveryMethod.HOME;
        List<UUID> ids = group.get().blocks().stream()
                .flatMap(b -> b.rows().stream())
                .map(r -> r.item().id())
                .toList();
        PlaceOrder order = new PlaceOrder(
                group.get().blocks().stream()
                        .flatMap(b -> b.rows().stream())
                        .map(r -> new PlaceOrder.Line(r.item().id(), r.quantity()))
                        .toList(),
                // a shop chosen before switching to home delivery is no part of the order
                new PlaceOrder.Delivery(form.getMethod(), home ? null : form.getShopId()),
                form.getMethod() == DeliveryMethod.PICKUP ? Payment.PAY_AT_PICKUP : Payment.CASH_ON_DELIVERY,
                new PlaceOrder.CustomerDetails(
                        form.getName(), form.getPhone(), form.getAddress(), form.getCity(), form.getRegion()));
        for (ConstraintViolation<PlaceOrder> violation : validator.validate(order)) {
            String path = violation.getPropertyPath().toString().replace("customer.", "");
            errors.rejectValue(fieldOf(path), "invalid", violation.getMessage());
        }
        if (home && isBlank(form.getAddress()) && !errors.hasFieldErrors("address")) {
            errors.rejectValue("address", "ordering.error.address");
        }
        if (!tokenValid) {
            // a form from before tokens, or a made-up one: shown again with a token, to be confirmed once more
            form.setToken(null);
            model.addAttribute("problem", "ordering.error.checkout-token");
        }
        if (hasErrors(errors, home) || !tokenValid) {
            return show(form, form.getCurrency(), request, model, locale);
        }
        if (home && feeChanged(form, group.get())) {
            // the fee for her region (or today's fee) is not the one she saw: shown again, to be confirmed once more
            model.addAttribute("feeChanged", true);
            return show(form, form.getCurrency(), request, model, locale);
        }
        try {
            IdempotentOrders.Placed placed = placement.place(
                    order,
                    guard.currentUser().map(u -> u.id()).orElse(null),
                    OrderKey.ofCheckout(cartId.get(), form.getToken()));
            if (!placed.earlier()) {
                carts.remove(cartId.get(), ids);
            }
            return confirmation(placed.order());
        } catch (NotEnoughStockException e) {
            if (home) {
                model.addAttribute("problem", e.messageKey());
            } else {
                // the shop sold the last units meanwhile: she chooses another shop (the list shows those that hold
                // them now) or home delivery
                errors.rejectValue("shopId", "ordering.error.shop-stock");
            }
        } catch (InvalidFieldException e) {
            errors.rejectValue(fieldOf(e.field().replace("customer.", "").replace("delivery.", "")), e.messageKey());
        } catch (ProblemException e) {
            model.addAttribute("problem", e.messageKey());
        }
        return show(form, form.getCurrency(), request, model, locale);
    }

    /** Errors of the form, leaving out the shop when the order goes home (the shop is ignored then). */
    private static boolean hasErrors(BindingResult errors, boolean home) {
        return errors.hasGlobalErrors()
                || errors.getFieldErrors().stream()
                        .anyMatch(e -> !(home && e.getField().equals("shopId")));
    }

    /** Whether the page showed a home-delivery fee other than the one placing the order would charge now. */
    private boolean feeChanged(CheckoutForm form, CartView.Group group) {
        if (isBlank(form.getDeliveryFee())) {
            return false;
        }
        BigDecimal charged =
                quote(group, form.getRegion(), countryOf(group)).fees().amount();
        try {
            return new BigDecimal(form.getDeliveryFee().trim()).compareTo(charged) != 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private DeliveryFees.Quote quote(CartView.Group group, String region, String country) {
        boolean known = !isBlank(region) && cooperatives.isRegionOf(region.trim(), country);
        return fees.quote(group, known ? region.trim() : null);
    }

    private static String countryOf(CartView.Group group) {
        return "TND".equals(group.currency()) ? "TN" : "MA";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The first field in error, in the order of the page: it takes the focus when the page is shown again. */
    private static String firstError(BindingResult errors, boolean home) {
        for (String field : FIELD_ORDER) {
            if (errors.hasFieldErrors(field) && !(home && field.equals("shopId"))) {
                return field;
            }
        }
        return null;
    }

    private static String confirmation(OrderView order) {
        return "redirect:/orders/track/" + order.trackingToken() + "?placed";
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
        if (form.getToken() == null) {
            form.setToken(newToken());
        }
        String country = countryOf(group.get());
        DeliveryFees.Quote quote = quote(group.get(), form.getRegion(), country);
        form.setDeliveryFee(quote.fees().amount().toPlainString());
        BindingResult errors = (BindingResult) model.asMap().get(BindingResult.MODEL_KEY_PREFIX + "form");
        model.addAttribute(
                "firstError", errors == null ? null : firstError(errors, form.getMethod() == DeliveryMethod.HOME));
        model.addAttribute("quote", quote);
        model.addAttribute("form", form);
        model.addAttribute("group", group.get());
        model.addAttribute("regions", cooperatives.regionsOf(country, locale.getLanguage()));
        List<org.taawun.shop.ShopView> pickup = pickupShops.holding(quantities(group.get()), country);
        if (pickup.isEmpty()
                && errors != null
                && errors.hasFieldErrors("shopId")
                && model.getAttribute("problem") == null) {
            // no shop holds the units any more: the shop field is not shown, so the page says it at its top
            model.addAttribute("problem", "ordering.error.shop-stock");
        }
        model.addAttribute("shops", pickup);
        model.addAttribute("country", country);
        return "ordering/checkout";
    }

    /** How many of each item the group orders: the units a pickup shop must hold. */
    private static java.util.Map<UUID, Integer> quantities(CartView.Group group) {
        return group.blocks().stream()
                .flatMap(b -> b.rows().stream())
                .collect(java.util.stream.Collectors.toMap(r -> r.item().id(), CartView.Row::quantity, Integer::sum));
    }

    private static Optional<CartView.Group> group(CartView.View cart, String currency) {
        return cart.groups().stream()
                .filter(g ->
                        currency == null || currency.isBlank() || g.currency().equals(currency))
                .findFirst();
    }
}
