package org.taawun.cooperative.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.taawun.cooperative.Country;
import org.taawun.cooperative.LegalForm;
import org.taawun.cooperative.domain.Application;
import org.taawun.cooperative.domain.Regions;
import org.taawun.cooperative.domain.RegistryService;
import org.taawun.shared.ratelimit.LimitedAction;
import org.taawun.shared.ratelimit.RateLimited;
import org.taawun.shared.web.InvalidFieldException;

/** A cooperative or women's group applies to join the registry. */
@Controller
class ApplyController {

    /** The form's fields in the order the page shows them. */
    static final String[] FIELDS = {
        "nameAr",
        "nameFr",
        "country",
        "regionCode",
        "legalForm",
        "registrationNumber",
        "foundingYear",
        "members",
        "contactPhone",
        "applicantName",
        "applicantEmail"
    };

    private final RegistryService registry;
    private final Regions regions;

    ApplyController(RegistryService registry, Regions regions) {
        this.registry = registry;
        this.regions = regions;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("countries", Country.values());
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("regionsMA", regions.of(Country.MA));
        model.addAttribute("regionsTN", regions.of(Country.TN));
    }

    @GetMapping("/apply")
    String form(Model model) {
        model.addAttribute("form", Application.empty());
        return "cooperative/apply";
    }

    @PostMapping("/apply")
    @RateLimited(LimitedAction.APPLICATION)
    String apply(@Valid @ModelAttribute("form") Application form, BindingResult errors, Locale locale, Model model) {
        if (!form.hasName() && !errors.hasFieldErrors(Application.NAME_FIELD)) {
            errors.rejectValue(Application.NAME_FIELD, Application.NAME_REQUIRED);
        }
        if (errors.hasErrors()) {
            return again(errors, model);
        }
        try {
            registry.apply(form, locale);
        } catch (InvalidFieldException e) {
            FormErrors.add(errors, e);
            return again(errors, model);
        }
        return "redirect:/apply/received";
    }

    /** The form again, its errors next to their fields, the first one focused. */
    private static String again(BindingResult errors, Model model) {
        model.addAttribute("firstError", FormErrors.first(errors, FIELDS));
        return "cooperative/apply";
    }

    @GetMapping("/apply/received")
    String received() {
        return "cooperative/apply-received";
    }
}
