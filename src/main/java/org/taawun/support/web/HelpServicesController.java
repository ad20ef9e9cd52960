package org.taawun.support.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.Country;
import org.taawun.support.ServiceDirectory;
import org.taawun.support.SupportProperties;

/**
 * The public directory: a person picks her country, then a region and a city from lists (her location is never
 * asked), and sees the national numbers and the services there, each with a link that starts a call. The page is not
 * cached, so that the back button of a shared device does not show it from memory. Opened from the chat, it carries
 * the conversation's token ({@code t}) back to the chat and to the quick exit, which erases the conversation.
 */
@Controller
class HelpServicesController {

    /** The shape of a chat conversation's token; anything else is not carried on. */
    private static final Pattern CHAT_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final ServiceDirectory directory;
    private final CooperativeDirectory cooperatives;
    private final SupportProperties properties;

    HelpServicesController(
            ServiceDirectory directory, CooperativeDirectory cooperatives, SupportProperties properties) {
        this.directory = directory;
        this.cooperatives = cooperatives;
        this.properties = properties;
    }

    @GetMapping("/help/services")
    String services(
            @RequestParam(defaultValue = "") String country,
            @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "") String city,
            @RequestParam(defaultValue = "") String t,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("countries", Country.values());
        model.addAttribute("quickExitUrl", properties.quickExitUrl());
        model.addAttribute("chatToken", CHAT_TOKEN.matcher(t).matches() ? t : null);
        Country chosen = countryOf(country);
        if (chosen == null) {
            return "support/help-services";
        }
        String language = locale.getLanguage();
        String regionCode = cooperatives.isRegionOf(region, chosen.name()) ? region : "";
        List<String> cities = regionCode.isEmpty() ? List.of() : directory.cities(chosen, regionCode);
        String cityName = cities.stream()
                .filter(c -> c.equalsIgnoreCase(city.strip()))
                .findFirst()
                .orElse("");
        model.addAttribute("country", chosen);
        model.addAttribute("region", regionCode);
        model.addAttribute("regionName", regionCode.isEmpty() ? "" : cooperatives.regionName(regionCode, language));
        model.addAttribute("city", cityName);
        model.addAttribute("regions", cooperatives.regionsOf(chosen.name(), language));
        model.addAttribute("cities", cities);
        model.addAttribute("national", directory.nationalNumbers(chosen));
        model.addAttribute("local", regionCode.isEmpty() ? List.of() : directory.local(chosen, regionCode, cityName));
        return "support/help-services";
    }

    private static Country countryOf(String code) {
        return switch (code) {
            case "MA" -> Country.MA;
            case "TN" -> Country.TN;
            default -> null;
        };
    }
}
