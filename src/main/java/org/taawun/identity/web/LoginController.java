package org.taawun.identity.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.taawun.identity.domain.AccountService;
import org.taawun.shared.ratelimit.LimitedAction;
import org.taawun.shared.ratelimit.RateLimited;
import org.taawun.shared.web.ProblemException;

/** Sign-in page (the form posts to Spring Security) and customer sign-up. */
@Controller
class LoginController {

    private final AccountService accounts;

    LoginController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/signup")
    String signup(Model model) {
        model.addAttribute("form", SignupForm.empty());
        return "identity/signup";
    }

    @PostMapping("/signup")
    @RateLimited(value = LimitedAction.SIGNUP, recipient = "#form.email()")
    String signup(@Valid @ModelAttribute("form") SignupForm form, BindingResult errors, Locale locale) {
        form.checkConfirmation(errors);
        if (errors.hasErrors()) {
            return "identity/signup";
        }
        try {
            accounts.signUpCustomer(form.name(), form.email(), form.password(), locale);
        } catch (ProblemException e) {
            errors.rejectValue("email", e.messageKey());
            return "identity/signup";
        }
        return "redirect:/login?created";
    }
}
