package org.taawun.catalog.web;

import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.taawun.catalog.ShopAvailability;
import org.taawun.catalog.domain.ProductCards;
import org.taawun.catalog.domain.VariantView;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeView;
import org.taawun.identity.AccessGuard;
import org.taawun.shared.web.ProblemException;

/** Public pages: the home page, a cooperative's storefront {@code /c/{slug}} and a product {@code /p/{id}}. */
@Controller
class StorefrontController {

    private static final int HOME_COOPERATIVES = 24;
    private static final int HOME_PRODUCTS = 12;
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9-]{3,60}");

    private final CooperativeDirectory directory;
    private final ProductCards cards;
    private final AccessGuard guard;
    private final ObjectProvider<ShopAvailability> shops;

    StorefrontController(
            CooperativeDirectory directory,
            ProductCards cards,
            AccessGuard guard,
            ObjectProvider<ShopAvailability> shops) {
        this.directory = directory;
        this.cards = cards;
        this.guard = guard;
        this.shops = shops;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("cooperatives", directory.listPublicCached(HOME_COOPERATIVES));
        model.addAttribute("products", cards.newest(HOME_PRODUCTS));
        model.addAttribute("categories", org.taawun.catalog.Category.values());
        return "cooperative/home";
    }

    @GetMapping("/c/{slug}")
    String storefront(@PathVariable String slug, Model model) {
        CooperativeView cooperative = (SLUG.matcher(slug).matches()
                        ? directory.findPublicBySlug(slug)
                        : Optional.<CooperativeView>empty())
                .orElseThrow(() -> ProblemException.notFound("cooperative-not-found", "cooperative.error.not-found"));
        model.addAttribute("coop", cooperative);
        model.addAttribute("products", cards.publishedOf(cooperative.id()));
        return "cooperative/storefront";
    }

    @GetMapping("/p/{id}")
    String product(@PathVariable UUID id, Model model) {
        ProductCards.Page page = cards.page(id)
                .filter(p ->
                        p.product().isPublished() || guard.mayActFor(p.product().cooperativeId()))
                .orElseThrow(() -> ProblemException.notFound("product-not-found", "catalog.error.not-found"));
        model.addAttribute("page", page);
        model.addAttribute("coop", page.cooperative());
        model.addAttribute("atShops", atShops(page));
        model.addAttribute("htmx", true);
        return "catalog/product";
    }

    /** Per variant, the shops of the product's country where it can be collected now, with their counts. */
    private java.util.Map<UUID, java.util.List<ShopAvailability.AtShop>> atShops(ProductCards.Page page) {
        ShopAvailability availability = shops.getIfAvailable();
        if (availability == null) {
            return java.util.Map.of();
        }
        return availability.holding(
                page.product().variants().stream().map(VariantView::id).toList(),
                page.product().country());
    }
}
