package org.taawun.cooperative.web;

import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawun.cooperative.domain.CertificationEntry;
import org.taawun.cooperative.domain.ProfileService;
import org.taawun.cooperative.domain.RegistryEntry;

/** The administrator checks the certifications managers declared (against their documents), or refuses them. */
@Controller
@RequestMapping("/admin/certifications")
class AdminCertificationsController {

    private static final int PAGE_SIZE = 50;

    private final ProfileService profiles;

    AdminCertificationsController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    String declared(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<CertificationEntry> declared = profiles.declared(page, PAGE_SIZE);
        Map<UUID, RegistryEntry> owners = profiles.declaringCooperatives(declared);
        model.addAttribute("page", declared);
        model.addAttribute("owners", owners);
        return "cooperative/admin-certifications";
    }

    @PostMapping("/{id}/check")
    String check(@PathVariable UUID id, RedirectAttributes flash) {
        profiles.review(id, true);
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/certifications";
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable UUID id, RedirectAttributes flash) {
        profiles.review(id, false);
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/certifications";
    }
}
