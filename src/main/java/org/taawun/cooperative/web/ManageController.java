package org.taawun.cooperative.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawun.cooperative.CertificationKind;
import org.taawun.cooperative.domain.Profile;
import org.taawun.cooperative.domain.ProfileService;
import org.taawun.cooperative.domain.RegistryEntry;
import org.taawun.cooperative.domain.RegistryService;
import org.taawun.identity.ActsFor;
import org.taawun.shared.web.InvalidFieldException;

/** A manager's pages for her own cooperative(s): storefront story and address, logo, certifications. */
@Controller
@RequestMapping("/manage")
class ManageController {

    private final ProfileService profiles;
    private final RegistryService registry;

    ManageController(ProfileService profiles, RegistryService registry) {
        this.profiles = profiles;
        this.registry = registry;
    }

    @GetMapping
    String home(Model model) {
        List<RegistryEntry> mine = registry.mine();
        if (mine.size() == 1) {
            return "redirect:/manage/cooperatives/" + mine.get(0).id();
        }
        model.addAttribute("cooperatives", mine);
        return "cooperative/manage-home";
    }

    @ActsFor("id")
    @GetMapping("/cooperatives/{id}")
    String profile(@PathVariable UUID id, Model model) {
        RegistryEntry cooperative = profiles.forManager(id);
        model.addAttribute("form", Profile.of(cooperative));
        return show(cooperative, model);
    }

    @ActsFor("id")
    @PostMapping("/cooperatives/{id}")
    String edit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") Profile form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        RegistryEntry cooperative = profiles.forManager(id);
        if (!errors.hasErrors()) {
            try {
                profiles.edit(id, form);
                flash.addFlashAttribute("saved", true);
                return "redirect:/manage/cooperatives/" + id;
            } catch (InvalidFieldException e) {
                FormErrors.add(errors, e);
            }
        }
        model.addAttribute("firstError", FormErrors.first(errors, "slug", "storyAr", "storyFr", "storyEn"));
        return show(cooperative, model);
    }

    @ActsFor("id")
    @PostMapping("/cooperatives/{id}/logo")
    String logo(@PathVariable UUID id, @RequestParam("logo") MultipartFile logo, Model model, RedirectAttributes flash)
            throws IOException {
        try {
            profiles.changeLogo(id, logo.getBytes());
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("logoError", e.messageKey());
            flash.addFlashAttribute("logoErrorArgs", e.args());
            return "redirect:/manage/cooperatives/" + id;
        }
        flash.addFlashAttribute("saved", true);
        return "redirect:/manage/cooperatives/" + id;
    }

    @ActsFor("id")
    @PostMapping("/cooperatives/{id}/certifications")
    String addCertification(
            @PathVariable UUID id,
            @RequestParam(required = false) CertificationKind kind,
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
            RedirectAttributes flash) {
        try {
            profiles.addCertification(id, kind, reference, validUntil);
            flash.addFlashAttribute("saved", true);
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("certificationError", e.messageKey());
        }
        return "redirect:/manage/cooperatives/" + id;
    }

    @ActsFor("id")
    @PostMapping("/cooperatives/{id}/certifications/{certificationId}/delete")
    String removeCertification(@PathVariable UUID id, @PathVariable UUID certificationId, RedirectAttributes flash) {
        profiles.removeCertification(id, certificationId);
        flash.addFlashAttribute("saved", true);
        return "redirect:/manage/cooperatives/" + id;
    }

    private String show(RegistryEntry cooperative, Model model) {
        model.addAttribute("coop", cooperative);
        model.addAttribute("certifications", profiles.certificationsOf(cooperative.id()));
        model.addAttribute("kinds", CertificationKind.values());
        return "cooperative/manage-profile";
    }
}
