package org.taawun.cooperative.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawun.cooperative.CooperativeStatus;
import org.taawun.cooperative.domain.ProfileService;
import org.taawun.cooperative.domain.RegistryEntry;
import org.taawun.cooperative.domain.RegistryService;
import org.taawun.identity.Accounts;
import org.taawun.shared.web.InvalidFieldException;

/** The administrator reviews applications, verifies or rejects them, suspends cooperatives, appoints managers. */
@Controller
@RequestMapping("/admin")
class AdminCooperativesController {

    private static final int PAGE_SIZE = 50;

    private final RegistryService registry;
    private final ProfileService profiles;
    private final Accounts accounts;

    AdminCooperativesController(RegistryService registry, ProfileService profiles, Accounts accounts) {
        this.registry = registry;
        this.profiles = profiles;
        this.accounts = accounts;
    }

    @GetMapping
    String dashboard(Model model) {
        for (CooperativeStatus status : CooperativeStatus.values()) {
            model.addAttribute("count" + status.name(), registry.count(status));
        }
        return "cooperative/admin-home";
    }

    @GetMapping("/cooperatives")
    String list(
            @RequestParam(defaultValue = "PENDING") CooperativeStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", CooperativeStatus.values());
        model.addAttribute("page", registry.withStatus(status, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "cooperative/admin-list";
    }

    @GetMapping("/cooperatives/{id}")
    String show(@PathVariable UUID id, Model model) {
        RegistryEntry cooperative = registry.forReview(id);
        model.addAttribute("coop", cooperative);
        model.addAttribute("managers", accounts.managersOf(id));
        model.addAttribute("certifications", profiles.certificationsOf(id));
        return "cooperative/admin-review";
    }

    @PostMapping("/cooperatives/{id}/verify")
    String verify(@PathVariable UUID id, RedirectAttributes flash) {
        registry.verify(id);
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/cooperatives/" + id;
    }

    @PostMapping("/cooperatives/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        return withReason(id, flash, () -> registry.reject(id, reason));
    }

    @PostMapping("/cooperatives/{id}/suspend")
    String suspend(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        return withReason(id, flash, () -> registry.suspend(id, reason));
    }

    @PostMapping("/cooperatives/{id}/reinstate")
    String reinstate(@PathVariable UUID id, RedirectAttributes flash) {
        registry.reinstate(id);
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/cooperatives/" + id;
    }

    @PostMapping("/cooperatives/{id}/managers")
    String appoint(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String name,
            Locale locale,
            RedirectAttributes flash) {
        if (!email.matches("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}") || name.isBlank() || name.length() > 120) {
            flash.addFlashAttribute("managerError", "cooperative.admin.manager-invalid");
        } else {
            registry.appointManager(id, email.trim(), name.trim(), locale);
            flash.addFlashAttribute("saved", true);
        }
        return "redirect:/admin/cooperatives/" + id;
    }

    @PostMapping("/cooperatives/{id}/managers/{accountId}/remove")
    String removeManager(@PathVariable UUID id, @PathVariable UUID accountId, RedirectAttributes flash) {
        registry.removeManager(id, accountId);
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/cooperatives/" + id;
    }

    private static String withReason(UUID id, RedirectAttributes flash, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("saved", true);
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("reasonError", e.messageKey());
        }
        return "redirect:/admin/cooperatives/" + id;
    }
}
