package org.taawun.support.handoff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.Country;
import org.taawun.shared.web.ProblemException;
import org.taawun.support.handoff.StatisticsReport;

/**
 * The support statistics in aggregate, for administrators ({@code /admin/support/stats}) and, read-only like
 * everything here, for counsellors from their console ({@code /support/console/stats}): {@code ?month=2026-03} (per
 * day) or {@code ?year=2026} (per month), ended periods only. A period that cannot be read or has not ended gets a
 * localised error and the last ended month instead.
 */
@Controller
class StatsController {

    private final StatisticsReport statistics;
    private final CooperativeDirectory regions;

    StatsController(StatisticsReport statistics, CooperativeDirectory regions) {
        this.statistics = statistics;
        this.regions = regions;
    }

    @GetMapping({"/admin/support/stats", "/support/console/stats"})
    String stats(
            @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "") String year,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute(
                "statsPath",
                request.getRequestURI().substring(request.getContextPath().length()));
        model.addAttribute("regionNames", regionNames(locale.getLanguage()));
        try {
            model.addAttribute(
                    "report",
                    !year.isBlank()
                            ? statistics.year(Year.parse(year.strip()))
                            : month.isBlank()
                                    ? statistics.month(statistics.lastEndedMonth())
                                    : statistics.month(YearMonth.parse(month.strip())));
        } catch (DateTimeParseException e) {
            refuse("support-handoff.stats.error.date", new Object[0], 400, model, response);
            model.addAttribute("report", statistics.month(statistics.lastEndedMonth()));
        } catch (ProblemException e) {
            refuse(e.messageKey(), e.args(), e.status().value(), model, response);
            model.addAttribute("report", statistics.month(statistics.lastEndedMonth()));
        }
        return "support/stats";
    }

    private Map<String, String> regionNames(String language) {
        Map<String, String> names = new HashMap<>();
        for (Country country : Country.values()) {
            regions.regionsOf(country.name(), language).forEach(r -> names.put(r.getKey(), r.getValue()));
        }
        return names;
    }

    private static void refuse(String key, Object[] args, int status, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("problem", key);
        model.addAttribute("problemArgs", args);
    }
}
