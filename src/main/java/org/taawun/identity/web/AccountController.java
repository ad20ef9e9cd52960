package org.taawun.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.taawun.identity.TaawunUser;

/** The signed-in person's own page. */
@Controller
class AccountController {

    @GetMapping("/account")
    String account(@AuthenticationPrincipal TaawunUser user, Model model) {
        model.addAttribute("user", user);
        return "identity/account";
    }
}
