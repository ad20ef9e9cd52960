package org.taawun.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.taawun.identity.domain.AccountService;
import org.taawun.shared.ratelimit.LimitedAction;
import org.taawun.shared.ratelimit.RateLimited;

/** Sign-in page (the form posts to Spring Security) and customer sign-up. */
@Controller
class LoginController {

    private final AccountService accounts;

    LoginController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** {@code ?throttled=N}: sign-in refused for N more seconds (growing after each further failure). */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String throttled, Model model) {
        if (throttled != null) {
            model.addAttribute("waitSeconds", seconds(throttled));
        }
        return "identity/login";
    }

    private static long seconds(String value) {
        try {
            return Math.min(Math.max(Long.parseLong(value), 1), 86_400);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @GetMapping("/signup")
    String signup(HttpServletRequest request, Model model) {
        model.addAttribute("sent", request.getParameterMap().containsKey("sent"));
        model.addAttribute("form", SignupForm.empty());
        return "identity/signup";
    }

    /** The same answer whether the e-mail has an account or not ("check your mailbox"), so none is revealed. */
    @PostMapping("/signup")
    @RateLimited(value = LimitedAction.SIGNUP, recipient = "#form.email()")
    String signup(@Valid @ModelAttribute("form") SignupForm form, BindingResult errors, Locale locale) {
        if (errors.hasErrors()) {
            return "identity/signup";
        }
        accounts.signUpCustomer(form.name(), form.email().trim(), locale);
        return "redirect:/signup?sent";
    }
}
