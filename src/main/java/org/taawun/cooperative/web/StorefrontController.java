package org.taawun.cooperative.web;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeView;
import org.taawun.cooperative.domain.Slugs;
import org.taawun.shared.web.ProblemException;

/** Public pages: the home page and a cooperative's storefront {@code /c/{slug}}. */
@Controller
class StorefrontController {

    private static final int HOME_SIZE = 24;

    private final CooperativeDirectory directory;

    StorefrontController(CooperativeDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("cooperatives", directory.listPublic(0, HOME_SIZE).getContent());
        return "cooperative/home";
    }

    @GetMapping("/c/{slug}")
    String storefront(@PathVariable String slug, Model model) {
        CooperativeView cooperative = (Slugs.isValid(slug)
                        ? directory.findPublicBySlug(slug)
                        : Optional.<CooperativeView>empty())
                .orElseThrow(() -> ProblemException.notFound("cooperative-not-found", "cooperative.error.not-found"));
        model.addAttribute("coop", cooperative);
        return "cooperative/storefront";
    }
}
