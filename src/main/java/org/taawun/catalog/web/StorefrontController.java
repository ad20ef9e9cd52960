package org.taawun.catalog.web;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.taawun.catalog.domain.ProductCards;
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

    StorefrontController(CooperativeDirectory directory, ProductCards cards, AccessGuard guard) {
        this.directory = directory;
        this.cards = cards;
        this.guard = guard;
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
        model.addAttribute("htmx", true);
        return "catalog/product";
    }
}
