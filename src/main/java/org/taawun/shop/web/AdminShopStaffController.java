package org.taawun.shop.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawun.identity.Accounts;
import org.taawun.identity.Role;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/**
 * An administrator appoints a person as a shop's manager or cashier, and ends such a post, from the person's page.
 *
 * <p>It lives in {@code shop}, not beside the other administrator pages in {@code identity}: choosing the shop needs
 * the registry of shops, and {@code identity} may not depend on {@code shop} ({@code shop} already depends on
 * {@code identity}; the reverse would be a cycle). So this page reads the shops here and changes the account through
 * identity's facade ({@link Accounts}), which checks again that the caller is an administrator. {@code /admin/**} is
 * for administrators only, checked before any parameter is read.
 */
@Controller
@RequestMapping("/admin/users/{accountId}/shops")
class AdminShopStaffController {

    static final List<Role> SHOP_ROLES = List.of(Role.SHOP_MANAGER, Role.CASHIER);

    /** A post as the page lists it: the shop (null when it is no longer active) and the role. */
    record Post(UUID shopId, ShopView shop, Role role) {}

    private final Accounts accounts;
    private final Shops shops;

    AdminShopStaffController(Accounts accounts, Shops shops) {
        this.accounts = accounts;
        this.shops = shops;
    }

    @GetMapping
    String page(@PathVariable UUID accountId, Model model) {
        List<Accounts.ShopPost> posts = accounts.shopPostsOf(accountId);
        Map<UUID, ShopView> named =
                shops
                        .all(posts.stream()
                                .map(Accounts.ShopPost::shopId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(ShopView::id, Function.identity()));
        model.addAttribute("person", accounts.person(accountId));
        model.addAttribute(
                "posts",
                posts.stream()
                        .map(p -> new Post(p.shopId(), named.get(p.shopId()), p.role()))
                        .toList());
        model.addAttribute("shops", shops.active());
        model.addAttribute("roles", SHOP_ROLES);
        return "shop/admin-staff";
    }

    @PostMapping
    String appoint(
            @PathVariable UUID accountId,
            @RequestParam(required = false) UUID shopId,
            @RequestParam(required = false) Role role,
            RedirectAttributes flash) {
        if (shopId == null || shops.find(shopId).isEmpty()) {
            flash.addFlashAttribute("problem", "shop.admin-staff.error.shop");
        } else if (role == null || !SHOP_ROLES.contains(role)) {
            flash.addFlashAttribute("problem", "shop.admin-staff.error.role");
        } else {
            accounts.appointAtShop(accountId, shopId, role);
            flash.addFlashAttribute("saved", true);
        }
        return "redirect:/admin/users/" + accountId + "/shops";
    }

    @PostMapping("/{shopId}/{role}/revoke")
    String revoke(
            @PathVariable UUID accountId,
            @PathVariable UUID shopId,
            @PathVariable Role role,
            RedirectAttributes flash) {
        try {
            accounts.revokeAtShop(accountId, shopId, role);
            flash.addFlashAttribute("saved", true);
        } catch (ProblemException e) {
            flash.addFlashAttribute("problem", "shop.admin-staff.error.role");
        }
        return "redirect:/admin/users/" + accountId + "/shops";
    }
}
