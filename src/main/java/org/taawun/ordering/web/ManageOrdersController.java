package org.taawun.ordering.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.identity.AccessGuard;
import org.taawun.identity.ActsFor;
import org.taawun.notification.Channel;
import org.taawun.ordering.PartStatus;
import org.taawun.ordering.domain.DeliveryFees;
import org.taawun.ordering.domain.NoticeChannels;
import org.taawun.ordering.domain.OrderingProperties;
import org.taawun.ordering.domain.PartOwnership;
import org.taawun.ordering.domain.PartView;
import org.taawun.ordering.domain.PartWorkflow;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;

/**
 * A manager's orders (new first), each part's page with its actions, the delivery fees and the channel on which the
 * cooperative hears of new orders.
 */
@Controller
class ManageOrdersController {

    private static final int PAGE_SIZE = 30;

    private final PartWorkflow workflow;
    private final DeliveryFees fees;
    private final CooperativeDirectory cooperatives;
    private final AccessGuard guard;
    private final NoticeChannels channels;
    private final OrderingProperties properties;

    ManageOrdersController(
            PartWorkflow workflow,
            DeliveryFees fees,
            CooperativeDirectory cooperatives,
            AccessGuard guard,
            NoticeChannels channels,
            OrderingProperties properties) {
        this.workflow = workflow;
        this.fees = fees;
        this.cooperatives = cooperatives;
        this.guard = guard;
        this.channels = channels;
        this.properties = properties;
    }

    @ActsFor("coopId")
    @GetMapping("/manage/cooperatives/{coopId}/orders")
    String list(
            @PathVariable UUID coopId,
            @RequestParam(required = false) PartStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        guard.requireMayActFor(coopId);
        model.addAttribute("coopId", coopId);
        model.addAttribute("status", status);
        model.addAttribute("statuses", PartStatus.values());
        model.addAttribute("page", workflow.parts(coopId, status, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "ordering/manage-orders";
    }

    @ActsFor(value = "partId", owner = PartOwnership.class)
    @GetMapping("/manage/orders/{partId}")
    String part(@PathVariable UUID partId, Model model) {
        PartView part = workflow.forManager(partId);
        model.addAttribute("part", part);
        model.addAttribute("order", part.order());
        model.addAttribute("holdHours", properties.unacceptedHold().toHours());
        return "ordering/manage-order";
    }

    @ActsFor(value = "partId", owner = PartOwnership.class)
    @PostMapping("/manage/orders/{partId}/status")
    String move(
            @PathVariable UUID partId,
            @RequestParam PartStatus status,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        try {
            workflow.move(partId, status, reason);
            flash.addFlashAttribute("saved", true);
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        } catch (ProblemException e) {
            if (e.status().value() == 404 || e.status().value() == 403) {
                throw e;
            }
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/manage/orders/" + partId;
    }

    @ActsFor("coopId")
    @GetMapping("/manage/cooperatives/{coopId}/delivery")
    String delivery(@PathVariable UUID coopId, Model model, Locale locale) {
        guard.requireMayActFor(coopId);
        String country = cooperatives.find(coopId).orElseThrow().country().name();
        model.addAttribute("coopId", coopId);
        model.addAttribute("settings", fees.of(coopId));
        model.addAttribute("regions", cooperatives.regionsOf(country, locale.getLanguage()));
        model.addAttribute("channel", channels.of(coopId));
        model.addAttribute("channels", List.of(Channel.SMS, Channel.WHATSAPP));
        return "ordering/manage-delivery";
    }

    @ActsFor("coopId")
    @PostMapping("/manage/cooperatives/{coopId}/notices")
    String chooseNoticeChannel(
            @PathVariable UUID coopId, @RequestParam(required = false) String channel, RedirectAttributes flash) {
        guard.requireMayActFor(coopId);
        try {
            channels.choose(coopId, channel);
            flash.addFlashAttribute("noticesSaved", true);
        } catch (InvalidFieldException e) {
            flash.addFlashAttribute("noticesProblem", e.messageKey());
        }
        return "redirect:/manage/cooperatives/" + coopId + "/delivery#notices";
    }

    @ActsFor("coopId")
    @PostMapping("/manage/cooperatives/{coopId}/delivery")
    String saveDelivery(@PathVariable UUID coopId, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        guard.requireMayActFor(coopId);
        String country = cooperatives.find(coopId).orElseThrow().country().name();
        BigDecimal defaultFee = amount(form.get("defaultFee"));
        BigDecimal freeFrom = amount(form.get("freeFrom"));
        Map<String, BigDecimal> byRegion = new HashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("region.") && !value.isBlank()) {
                String region = key.substring("region.".length());
                if (cooperatives.isRegionOf(region, country)) {
                    byRegion.put(region, amount(value));
                }
            }
        });
        if (defaultFee == null
                || defaultFee.signum() < 0
                || (freeFrom != null && freeFrom.signum() <= 0)
                || byRegion.values().stream().anyMatch(f -> f == null || f.signum() < 0)) {
            flash.addFlashAttribute("problem", "ordering.error.fee");
            return "redirect:/manage/cooperatives/" + coopId + "/delivery";
        }
        fees.save(coopId, defaultFee, freeFrom, byRegion);
        flash.addFlashAttribute("saved", true);
        return "redirect:/manage/cooperatives/" + coopId + "/delivery";
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }
}
