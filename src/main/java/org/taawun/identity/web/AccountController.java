package org.taawun.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.taawun.identity.TaawunUser;
import org.taawun.identity.domain.AccountService;
import org.taawun.shared.web.SupportedLocales;

/** The signed-in person's own page, where she chooses the language of her messages (and of the pages). */
@Controller
class AccountController {

    private final AccountService accounts;
    private final LocaleResolver locales;

    AccountController(AccountService accounts, LocaleResolver locales) {
        this.accounts = accounts;
        this.locales = locales;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal TaawunUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("account", accounts.account(user.id()));
        model.addAttribute("languages", SupportedLocales.ALL);
        return "identity/account";
    }

    /** Her messages are written in the chosen language from now on, and the pages follow it. */
    @PostMapping("/account/language")
    String language(
            @AuthenticationPrincipal TaawunUser user,
            @RequestParam(defaultValue = "") String language,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Locale> chosen = SupportedLocales.byTag(language);
        if (chosen.isEmpty()) {
            return "redirect:/account";
        }
        accounts.useLanguage(user.id(), chosen.get());
        locales.setLocale(request, response, chosen.get());
        return "redirect:/account?saved";
    }
}
