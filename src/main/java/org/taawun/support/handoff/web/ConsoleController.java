package org.taawun.support.handoff.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.taawun.shared.web.ProblemException;
import org.taawun.support.handoff.CounsellorDesk;
import org.taawun.support.handoff.HandoffStatus;

/**
 * The counsellor console: the queue, a conversation with its reply form, take and close. Plain forms and links work
 * without JavaScript (a refresh link); with it, htmx reloads the queue and the messages every few seconds.
 */
@Controller
@RequestMapping("/support/console")
class ConsoleController {

    /** htmx stops polling on this status. */
    static final int STOP_POLLING = 286;

    private final CounsellorDesk desk;

    ConsoleController(CounsellorDesk desk) {
        this.desk = desk;
    }

    @ModelAttribute
    void common(Model model, HttpServletResponse response) {
        model.addAttribute("htmx", true);
        model.addAttribute("maxReply", CounsellorDesk.MAX_REPLY);
        response.setHeader("Cache-Control", "no-store");
    }

    @GetMapping
    String queue(Model model) {
        model.addAttribute("queue", desk.queue());
        return "support/console";
    }

    @GetMapping("/queue")
    String queueFragment(Model model) {
        model.addAttribute("queue", desk.queue());
        return "support/console :: queue";
    }

    @PostMapping("/{id}/take")
    String take(@PathVariable UUID id, RedirectAttributes flash) {
        try {
            desk.take(id);
        } catch (ProblemException e) {
            flash.addFlashAttribute("problem", e.messageKey());
            return "redirect:/support/console";
        }
        return "redirect:/support/console/" + id;
    }

    @GetMapping("/{id}")
    String conversation(@PathVariable UUID id, Model model) {
        model.addAttribute("conversation", desk.conversation(id));
        return "support/console-conversation";
    }

    /** The messages for htmx polling; once the conversation is over, status 286 tells htmx to stop polling. */
    @GetMapping("/{id}/messages")
    String messages(@PathVariable UUID id, Model model, HttpServletResponse response) {
        CounsellorDesk.Conversation conversation = desk.conversation(id);
        if (conversation.handoff().status() != HandoffStatus.TAKEN) {
            response.setStatus(STOP_POLLING);
        }
        model.addAttribute("conversation", conversation);
        return "support/console-conversation :: messages";
    }

    @PostMapping("/{id}/reply")
    String reply(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String text,
            Model model,
            HttpServletResponse response) {
        try {
            desk.reply(id, text);
        } catch (ProblemException e) {
            model.addAttribute("text", text);
            return refused(id, e, model, response);
        }
        return "redirect:/support/console/" + id;
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            desk.close(id);
        } catch (ProblemException e) {
            return refused(id, e, model, response);
        }
        flash.addFlashAttribute("closed", true);
        return "redirect:/support/console";
    }

    /** The conversation again, with the reason of the refusal; nothing was changed. */
    private String refused(UUID id, ProblemException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("problem", e.messageKey());
        model.addAttribute("problemArgs", e.args());
        return conversation(id, model);
    }
}
