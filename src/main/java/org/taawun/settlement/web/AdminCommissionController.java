package org.taawun.settlement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeView;
import org.taawun.settlement.domain.CommissionSettings;
import org.taawun.shared.web.InvalidFieldException;

/**
 * The administrator's page of the platform's commission on marketplace orders: the rates recorded (latest first) and
 * a form to set the default or a cooperative's rate; a refused value is shown again with its error next to its field.
 */
@Controller
class AdminCommissionController {

    private final CommissionSettings settings;
    private final CooperativeDirectory cooperatives;

    AdminCommissionController(CommissionSettings settings, CooperativeDirectory cooperatives) {
        this.settings = settings;
        this.cooperatives = cooperatives;
    }

    @GetMapping("/admin/commission")
    String page(Model model) {
        return show(model, "", "", "");
    }

    @PostMapping("/admin/commission")
    String record(
            @RequestParam(required = false) UUID cooperativeId,
            @RequestParam(defaultValue = "") String rate,
            @RequestParam(defaultValue = "") String effectiveFrom,
            Model model,
            RedirectAttributes flash) {
        try {
            settings.record(cooperativeId, decimal(rate), date(effectiveFrom));
        } catch (InvalidFieldException e) {
            model.addAttribute("problemField", e.field());
            model.addAttribute("problem", e.messageKey());
            return show(model, cooperativeId == null ? "" : cooperativeId.toString(), rate, effectiveFrom);
        }
        flash.addFlashAttribute("saved", true);
        return "redirect:/admin/commission";
    }

    private String show(Model model, String cooperativeId, String rate, String effectiveFrom) {
        List<CooperativeView> list = cooperatives.listPublic(0, 500).getContent();
        model.addAttribute("rates", settings.history());
        model.addAttribute(
                "defaultRate", settings.current(null).stripTrailingZeros().toPlainString());
        model.addAttribute("cooperatives", list);
        model.addAttribute("names", list.stream().collect(Collectors.toMap(CooperativeView::id, Function.identity())));
        model.addAttribute(
                "form", Map.of("cooperativeId", cooperativeId, "rate", rate, "effectiveFrom", effectiveFrom));
        model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Africa/Casablanca")));
        return "settlement/admin-commission";
    }

    private static BigDecimal decimal(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("rate", "settlement.error.rate");
        }
    }

    private static LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("effectiveFrom", "settlement.error.date");
        }
    }
}
