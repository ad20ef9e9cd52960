package org.taawun.support.web.chat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;
import org.taawun.shared.ratelimit.LimitedAction;
import org.taawun.shared.ratelimit.RateLimited;
import org.taawun.shared.web.ProblemException;
import org.taawun.shared.web.SupportedLocales;
import org.taawun.support.SupportProperties;
import org.taawun.support.chat.ChatInput;

/**
 * The chat page {@code /help}. It works with plain form posts: the conversation token travels in a hidden field of the
 * forms (never in a cookie), and each post is answered by a redirect to {@code /help?t=…}, which renders the
 * conversation from the server's state only. So no history entry is a post's answer holding her words: every entry is
 * that address, which shows nothing once the conversation is erased. A post repeated anyway carries an older turn
 * number and is shown, not sent again. With htmx the same posts swap only the conversation (no history entry), and
 * while a hand-off is open a poll of {@code /help/updates} brings the counsellor's messages. The quick exit {@code
 * /help/exit} erases the conversation and leaves for the neutral site.
 */
@Controller
class HelpChatController {

    private static final String PAGE = "support/help";

    private final WebConversations conversations;
    private final SupportProperties properties;
    private final LocaleResolver locales;

    HelpChatController(WebConversations conversations, SupportProperties properties, LocaleResolver locales) {
        this.conversations = conversations;
        this.properties = properties;
        this.locales = locales;
    }

    /** The form of the page: the token and turn of the conversation shown, and what she wrote or tapped. */
    record ChatForm(String t, Integer turn, String text, String payload, Boolean refresh) {}

    /** Why the last post was not (fully) answered, carried across the redirect as a short code. */
    private static final Map<String, String> NOTICES = Map.of(
            "expired", "support.chat.expired",
            "stale", "support.chat.stale",
            "empty", "support.chat.error.empty",
            "too-long", "support.chat.error.too-long",
            "payload", "support.chat.error.payload",
            "unavailable", "support.chat.error.unavailable");

    /**
     * The conversation {@code t} as the server keeps it, or a new one. A token that names no conversation (erased by
     * the quick exit, or after 30 minutes without activity) says so, and shows nothing of it.
     */
    @GetMapping("/help")
    String page(
            @RequestParam(required = false) String t,
            @RequestParam(required = false) String n,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Transcript> found = conversations.find(t);
        String notice = n == null ? null : NOTICES.get(n);
        if (found.isEmpty() && t != null && !t.isBlank()) {
            notice = "support.chat.ended";
        }
        found.ifPresent(transcript -> followLanguage(transcript, locale, request, response));
        return show(model, found.orElse(null), notice);
    }

    /**
     * The quick exit: erases the conversation {@code t} here (with or without JavaScript) and leaves for the neutral
     * site; the browser is also asked to drop what it cached of this site.
     */
    @GetMapping("/help/exit")
    String exit(@RequestParam(required = false) String t, HttpServletRequest request, HttpServletResponse response) {
        conversations.erase(t);
        request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
        response.setHeader("Clear-Site-Data", "\"cache\"");
        return "redirect:" + properties.quickExitUrl();
    }

    @PostMapping("/help")
    @RateLimited(LimitedAction.SUPPORT_CHAT)
    String post(
            ChatForm form,
            Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Transcript> found = conversations.find(form.t());
        boolean lost = found.isEmpty() && form.t() != null && !form.t().isBlank();
        String notice = lost ? "support.chat.expired" : null;
        Transcript transcript = found.orElse(null);
        if (!Boolean.TRUE.equals(form.refresh())) {
            try {
                MessageRules.check(form.text(), form.payload());
                transcript = found.orElseGet(() -> conversations.start(locale.getLanguage()));
                int turn = found.isEmpty() ? 0 : form.turn() == null ? -1 : form.turn();
                if (transcript.claimTurn(turn)) {
                    conversations.send(transcript, input(form), locale.getLanguage(), RequestCountry.of(request));
                } else {
                    notice = "support.chat.stale";
                }
            } catch (ProblemException refused) {
                notice = refused.messageKey();
            }
        }
        if (htmx == null) {
            return seeOther(transcript, locale, notice, request);
        }
        if (transcript != null) {
            followLanguage(transcript, locale, request, response);
        }
        show(model, transcript, notice);
        return PAGE + " :: conversation";
    }

    /** A 303 to the page of the conversation, in its language: what a reload or Back shows is only that page. */
    private static String seeOther(Transcript transcript, Locale locale, String notice, HttpServletRequest request) {
        UriComponentsBuilder target = UriComponentsBuilder.fromPath("/help");
        if (transcript != null) {
            target.queryParam("t", transcript.token());
        }
        String language = transcript == null
                ? locale.getLanguage()
                : SupportedLocales.byTag(transcript.language())
                        .map(Locale::getLanguage)
                        .orElse(locale.getLanguage());
        target.queryParam("lang", language);
        NOTICES.entrySet().stream()
                .filter(e -> e.getValue().equals(notice))
                .findFirst()
                .ifPresent(e -> target.queryParam("n", e.getKey()));
        request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
        return "redirect:" + target.build().encode().toUriString();
    }

    /**
     * A form whose text is not valid UTF-8: Tomcat refuses to decode it, and the container's own error log would
     * quote what she wrote. Refused here instead, with the reason and nothing logged, kept or answered.
     */
    @ExceptionHandler(InvalidParameterException.class)
    String undecodable(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("reasonKey", "shared.error.unreadable");
        model.addAttribute("reasonArgs", new Object[0]);
        model.addAttribute("quickExitUrl", properties.quickExitUrl());
        return "error";
    }

    /** Only the bubbles that came after {@code after}, and the poll again while the hand-off is open. */
    @PostMapping("/help/updates")
    String updates(@RequestParam(required = false) String t, @RequestParam(defaultValue = "0") int after, Model model) {
        Optional<Transcript> found = conversations.find(t);
        model.addAttribute("fresh", found.map(tr -> tr.after(after)).orElse(List.of()));
        model.addAttribute("token", found.map(Transcript::token).orElse(null));
        model.addAttribute("lastSeq", found.map(Transcript::lastSeq).orElse(after));
        model.addAttribute("handoffOpen", found.map(conversations::handoffOpen).orElse(false));
        return PAGE + " :: updates";
    }

    private static ChatInput input(ChatForm form) {
        boolean tapped = form.payload() != null && !form.payload().isBlank();
        return tapped ? ChatInput.payload(form.payload()) : ChatInput.text(form.text());
    }

    /** Once the conversation chose a language, the page speaks it (for this answer; the form carries it on). */
    private void followLanguage(
            Transcript transcript, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        SupportedLocales.byTag(transcript.language())
                .filter(l -> !l.getLanguage().equals(locale.getLanguage()))
                .ifPresent(l -> locales.setLocale(request, response, l));
    }

    private String show(Model model, Transcript transcript, String notice) {
        model.addAttribute("htmx", true);
        model.addAttribute("quickExitUrl", properties.quickExitUrl());
        model.addAttribute("token", transcript == null ? null : transcript.token());
        model.addAttribute("turn", transcript == null ? 0 : transcript.turns());
        model.addAttribute("bubbles", transcript == null ? List.of() : transcript.bubbles());
        model.addAttribute("lastSeq", transcript == null ? 0 : transcript.lastSeq());
        model.addAttribute("quickReplies", transcript == null ? List.of() : transcript.quickReplies());
        model.addAttribute("notice", notice);
        model.addAttribute("maxText", MessageRules.MAX_TEXT);
        model.addAttribute("handoffOpen", transcript != null && conversations.handoffOpen(transcript));
        return PAGE;
    }
}
