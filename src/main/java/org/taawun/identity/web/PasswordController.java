package org.taawun.identity.web;

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

/** Forgotten password, reset link and invitation link: the last two set a password with a single-use link. */
@Controller
class PasswordController {

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/password/forgot")
    String forgot() {
        return "identity/forgot";
    }

    @PostMapping("/password/forgot")
    @RateLimited(value = LimitedAction.PASSWORD_RESET, recipient = "#email")
    String forgot(@RequestParam(defaultValue = "") String email, Model model) {
        if (!email.isBlank() && email.length() <= 254) {
            accounts.requestPasswordReset(email.trim());
        }
        model.addAttribute("sent", true);
        return "identity/forgot";
    }

    @GetMapping({"/password/reset", "/invitation", "/signup/confirm"})
    String linkForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("form", new NewPasswordForm(token, "", ""));
        model.addAttribute("valid", accounts.isLinkValid(token));
        model.addAttribute("acceptOnly", accounts.isAcceptOnly(token));
        model.addAttribute("shopInvitation", accounts.isShopInvitation(token));
        return "identity/set-password";
    }

    /** An invitation to manage a cooperative, accepted by a person who has a password already. */
    @PostMapping("/invitation/accept")
    String accept(@RequestParam(defaultValue = "") String token, Model model) {
        if (accounts.acceptInvitation(token).isEmpty()) {
            model.addAttribute("form", new NewPasswordForm(token, "", ""));
            model.addAttribute("valid", false);
            return "identity/set-password";
        }
        return "redirect:/login?accepted";
    }

    @PostMapping({"/password/reset", "/invitation", "/signup/confirm"})
    String setPassword(@ModelAttribute("form") NewPasswordForm form, BindingResult errors, Model model) {
        form.check(errors);
        if (errors.hasErrors()) {
            model.addAttribute("valid", true);
            return "identity/set-password";
        }
        if (accounts.setPasswordWithLink(form.token(), form.password()).isEmpty()) {
            model.addAttribute("valid", false);
            return "identity/set-password";
        }
        return "redirect:/login?passwordSet";
    }
}
