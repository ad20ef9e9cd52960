package org.taawun.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawun.identity.Role;
import org.taawun.identity.domain.AccountService;
import org.taawun.identity.domain.AccountView;
import org.taawun.shared.web.ProblemException;
import org.taawun.shared.web.SupportedLocales;

/** Administrators list people, invite staff, change roles and suspend or reactivate accounts. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    record InviteForm(
            @NotBlank(message = "{shared.validation.required}")
            @Size(max = 120, message = "{shared.validation.too-long}")
            String name,

            @NotBlank(message = "{shared.validation.required}")
            @Email(message = "{shared.validation.email}")
            @Size(max = 254, message = "{shared.validation.too-long}")
            String email,

            Set<Role> roles,

            /** The language of the invitation and of her account; by default the inviting page's. */
            String language) {}

    private static final int PAGE_SIZE = 50;

    private final AccountService service;

    AdminUsersController(AccountService service) {
        this.service = service;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", service.search(q.trim(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "identity/admin-users";
    }

    @GetMapping("/new")
    String inviteForm(Model model, Locale locale) {
        model.addAttribute("form", new InviteForm("", "", EnumSet.noneOf(Role.class), locale.getLanguage()));
        inviteChoices(model);
        return "identity/admin-invite";
    }

    private static void inviteChoices(Model model) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("languages", SupportedLocales.ALL);
    }

    @PostMapping("/new")
    String invite(@Valid @ModelAttribute("form") InviteForm form, BindingResult errors, Model model, Locale locale) {
        inviteChoices(model);
        if (errors.hasErrors()) {
            return "identity/admin-invite";
        }
        try {
            Locale language = SupportedLocales.byTag(form.language()).orElse(locale);
            UUID id = service.inviteStaff(form.email(), form.name(), roles(form.roles()), language);
            return "redirect:/admin/users/" + id + "?invited";
        } catch (ProblemException e) {
            errors.rejectValue("email", e.messageKey());
            return "identity/admin-invite";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        AccountView account = service.account(id);
        model.addAttribute("account", account);
        model.addAttribute("allRoles", List.of(Role.values()));
        return "identity/admin-user";
    }

    @PostMapping("/{id}/roles")
    String roles(@PathVariable UUID id, @RequestParam(required = false) Set<Role> roles, RedirectAttributes flash) {
        service.changeRoles(id, roles(roles));
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/suspend")
    String suspend(@PathVariable UUID id, RedirectAttributes flash) {
        service.suspend(id);
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable UUID id, RedirectAttributes flash) {
        service.reactivate(id);
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/users/" + id;
    }

    private static Set<Role> roles(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
