package org.taawun.shop.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawun.catalog.Category;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shop.CommissionRates;
import org.taawun.shop.ShopView;
import org.taawun.shop.domain.RateChange;
import org.taawun.shop.domain.ShopDetails;
import org.taawun.shop.domain.ShopSettingsService;

/** The shop manager's start page and her shop's settings: details, cashiers, commission rates. */
@Controller
class ShopSettingsController {

    private final ShopSettingsService settings;
    private final CommissionRates rates;
    private final CooperativeDirectory cooperatives;

    ShopSettingsController(ShopSettingsService settings, CommissionRates rates, CooperativeDirectory cooperatives) {
        this.settings = settings;
        this.rates = rates;
        this.cooperatives = cooperatives;
    }

    /** Her shops; the shop itself when she manages only one. */
    @GetMapping("/shop")
    String start(Model model) {
        List<ShopView> shops = settings.managedShops();
        if (shops.size() == 1) {
            return "redirect:/shop/" + shops.get(0).id();
        }
        model.addAttribute("shops", shops);
        return "shop/shops";
    }

    @ManagesShop
    @GetMapping("/shop/{shopId}")
    String home(@PathVariable UUID shopId, Model model) {
        model.addAttribute("settings", settings.settings(shopId));
        return "shop/home";
    }

    @ManagesShop
    @GetMapping("/shop/{shopId}/settings")
    String form(@PathVariable UUID shopId, Model model, Locale locale) {
        ShopSettingsService.Settings current = settings.settings(shopId);
        model.addAttribute("settings", current);
        model.addAttribute("regions", cooperatives.regionsOf(current.shop().country(), locale.getLanguage()));
        model.addAttribute("cashiers", settings.cashiers(shopId));
        model.addAttribute("rates", rates.history(shopId));
        model.addAttribute("categories", Category.values());
        model.addAttribute("cooperatives", cooperatives.listPublic(0, 500).getContent());
        model.addAttribute("cooperativeNames", new CooperativeNames(cooperatives, locale.getLanguage()));
        model.addAttribute("today", LocalDate.now(ShopSettingsService.zone(current.shop())));
        return "shop/settings";
    }

    @ManagesShop
    @PostMapping("/shop/{shopId}/settings")
    String save(
            @PathVariable UUID shopId,
            @RequestParam(defaultValue = "") String nameAr,
            @RequestParam(defaultValue = "") String nameFr,
            @RequestParam(defaultValue = "") String address,
            @RequestParam(defaultValue = "") String city,
            @RequestParam(defaultValue = "") String regionCode,
            @RequestParam(defaultValue = "") String hours,
            @RequestParam(defaultValue = "") String currency,
            @RequestParam(defaultValue = "") String maxLineDiscount,
            RedirectAttributes flash) {
        try {
            settings.update(
                    shopId,
                    new ShopDetails(
                            nameAr,
                            nameFr,
                            address,
                            city,
                            regionCode,
                            hours,
                            currency,
                            decimal(maxLineDiscount, "maxLineDiscount")));
            flash.addFlashAttribute("saved", true);
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("problem", e.messageKey());
            flash.addFlashAttribute("problemField", e.field());
        }
        return "redirect:/shop/" + shopId + "/settings";
    }

    @ManagesShop
    @PostMapping("/shop/{shopId}/rates")
    String rate(
            @PathVariable UUID shopId,
            @RequestParam(defaultValue = "DEFAULT") String scope,
            @RequestParam(required = false) UUID cooperativeId,
            @RequestParam(required = false) Category category,
            @RequestParam(defaultValue = "") String rate,
            @RequestParam(defaultValue = "") String effectiveFrom,
            RedirectAttributes flash) {
        try {
            UUID coop = "COOPERATIVE".equals(scope) || "BOTH".equals(scope) ? cooperativeId : null;
            Category cat = "CATEGORY".equals(scope) || "BOTH".equals(scope) ? category : null;
            if (!"DEFAULT".equals(scope) && coop == null && cat == null) {
                throw new InvalidFieldException("scope", "shop.error.rate-scope");
            }
            settings.recordRate(
                    shopId,
                    new RateChange(coop, cat, rate.isBlank() ? null : decimal(rate, "rate"), date(effectiveFrom)));
            flash.addFlashAttribute("rateSaved", true);
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("rateProblem", e.messageKey());
        }
        return "redirect:/shop/" + shopId + "/settings#rates";
    }

    @ManagesShop
    @PostMapping("/shop/{shopId}/cashiers")
    String invite(
            @PathVariable UUID shopId,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String name,
            Locale locale,
            RedirectAttributes flash) {
        try {
            settings.inviteCashier(shopId, email, name, locale);
            flash.addFlashAttribute("cashierInvited", true);
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("cashierProblem", e.messageKey());
        }
        return "redirect:/shop/" + shopId + "/settings#cashiers";
    }

    @ManagesShop
    @PostMapping("/shop/{shopId}/cashiers/{accountId}/remove")
    String remove(@PathVariable UUID shopId, @PathVariable UUID accountId, RedirectAttributes flash) {
        settings.removeCashier(shopId, accountId);
        flash.addFlashAttribute("cashierRemoved", true);
        return "redirect:/shop/" + shopId + "/settings#cashiers";
    }

    static BigDecimal decimal(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "shop.error.number");
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("effectiveFrom", "shop.error.date");
        }
    }

    /** Names of the cooperatives that rates name, for the page. */
    record CooperativeNames(CooperativeDirectory directory, String language) {
        public String of(UUID id) {
            return id == null
                    ? ""
                    : directory.find(id).map(c -> c.name(language)).orElse(id.toString());
        }
    }
}
