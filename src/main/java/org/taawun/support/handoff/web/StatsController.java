package org.taawun.support.handoff.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * everything here, for counsellors from their console ({@code /support/console/stats}). A period that cannot be read
 * gets a localised error and the last 30 days instead.
 */
@Controller
class StatsController {

    static final int DEFAULT_DAYS = 30;

    private final StatisticsReport statistics;
    private final CooperativeDirectory regions;

    StatsController(StatisticsReport statistics, CooperativeDirectory regions) {
        this.statistics = statistics;
        this.regions = regions;
    }

    @GetMapping({"/admin/support/stats", "/support/console/stats"})
    String stats(
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute(
                "statsPath",
                request.getRequestURI().substring(request.getContextPath().length()));
        model.addAttribute("regionNames", regionNames(locale.getLanguage()));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate end = today;
        LocalDate start = today.minusDays(DEFAULT_DAYS - 1L);
        try {
            end = to.isBlank() ? today : LocalDate.parse(to.strip());
            start = from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1L) : LocalDate.parse(from.strip());
            model.addAttribute("report", statistics.report(start, end));
        } catch (DateTimeParseException e) {
            refuse("support-handoff.stats.error.date", new Object[0], 400, model, response);
            model.addAttribute("report", statistics.report(today.minusDays(DEFAULT_DAYS - 1L), today));
        } catch (ProblemException e) {
            refuse(e.messageKey(), e.args(), e.status().value(), model, response);
            model.addAttribute("report", statistics.report(today.minusDays(DEFAULT_DAYS - 1L), today));
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
