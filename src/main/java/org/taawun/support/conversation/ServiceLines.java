package org.taawun.support.conversation;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.taawun.support.SupportService;

/**
 * Writes services of the directory as one message, a line each: kind, name in her language, number last (the web
 * page makes each line's number a link that starts a call). Numbers come only from the directory, never from the
 * flows' texts; example entries never reach here (see {@link Actions}).
 */
@Component
class ServiceLines {

    private final Texts texts;

    ServiceLines(Texts texts) {
        this.texts = texts;
    }

    String message(String heading, List<SupportService> services, String language) {
        String lines = services.stream().map(s -> line(s, language)).collect(Collectors.joining("\n"));
        return heading + "\n" + lines;
    }

    private String line(SupportService service, String language) {
        return texts.get(
                "support-chat.services.line",
                language,
                texts.get("support.kind." + service.kind(), language),
                service.name(language),
                service.phone());
    }
}
