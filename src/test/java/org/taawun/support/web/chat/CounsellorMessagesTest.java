package org.taawun.support.web.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MvcResult;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ChatPushed;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.ConversationKey;

/** What a counsellor pushes reaches the web conversation: at the next view, and through the poll while she waits. */
class CounsellorMessagesTest extends WebChatTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    Document started() throws Exception {
        return html(followed(mvc.perform(
                        HelpChatPageTest.send(html(mvc.perform(get("/help")).andReturn()), "n7tajek"))
                .andReturn()));
    }

    /** A post's 303 followed by its GET, as a browser does. */
    MvcResult followed(MvcResult result) throws Exception {
        if (result.getResponse().getStatus() != 303) {
            return result;
        }
        HelpChatPageTest.assertNoTrace(result);
        return mvc.perform(get(result.getResponse().getRedirectedUrl())).andReturn();
    }

    static String token(Document page) {
        return page.selectFirst("form.compose input[name=t]").val();
    }

    void push(String token, String text) {
        events.publishEvent(new ChatPushed(
                new ConversationKey(ChatChannel.WEB, token),
                new ChatReply(ChatReply.Author.COUNSELLOR, "ar", List.of(text), List.of())));
    }

    MvcResult updates(String token, String after) throws Exception {
        MvcResult result = mvc.perform(post("/help/updates").param("t", token).param("after", after))
                .andReturn();
        HelpChatPageTest.assertNoTrace(result);
        return result;
    }

    @Test
    void aPushedMessageShowsAtTheNextViewAsTheCounsellors() throws Exception {
        Document page = started();
        push(token(page), "Ana hna m3ak.");

        MvcResult result =
                followed(mvc.perform(post("/help").param("t", token(page)).param("refresh", "true"))
                        .andReturn());

        HelpChatPageTest.assertNoTrace(result);
        Document view = html(result);
        assertThat(HelpChatPageTest.bubbles(view, "counsellor")).containsExactly("Ana hna m3ak.");
        assertThat(view.select("#bubbles li.bubble p").eachText())
                .containsExactly("n7tajek", "You wrote: n7tajek", "Ana hna m3ak.");
    }

    @Test
    void theUpdatesGiveOnlyNewBubblesAndPollAgainWhileTheHandoffIsOpen() throws Exception {
        Document page = started();
        String token = token(page);
        when(handoffs.isOpen(new ConversationKey(ChatChannel.WEB, token))).thenReturn(true);
        Document waiting =
                html(followed(mvc.perform(post("/help").param("t", token).param("refresh", "true"))
                        .andReturn()));
        Element poll = waiting.selectFirst("#poll");
        assertThat(poll.attr("hx-trigger")).isEqualTo("every 3s");
        assertThat(poll.selectFirst("input[name=after]").val()).isEqualTo("2");
        assertThat(waiting.select("form.refresh")).hasSize(1);

        push(token, "Salam, ana mosta3ida.");
        Document fresh = html(updates(token, "2"));

        assertThat(fresh.select("li.bubble.counsellor p").eachText()).containsExactly("Salam, ana mosta3ida.");
        assertThat(fresh.select("li.bubble")).hasSize(1);
        Element next = fresh.selectFirst("#poll");
        assertThat(next.attr("hx-swap-oob")).isEqualTo("true");
        assertThat(next.selectFirst("input[name=after]").val()).isEqualTo("3");

        when(handoffs.isOpen(new ConversationKey(ChatChannel.WEB, token))).thenReturn(false);
        Document closed = html(updates(token, "3"));
        assertThat(closed.select("li.bubble")).isEmpty();
        assertThat(closed.selectFirst("#poll").hasAttr("hx-trigger")).isFalse();
    }

    @Test
    void pushesForOtherChannelsOrUnknownConversationsAreIgnored() throws Exception {
        Document page = started();
        String token = token(page);
        events.publishEvent(new ChatPushed(
                new ConversationKey(ChatChannel.MESSENGER, token),
                new ChatReply(ChatReply.Author.COUNSELLOR, "ar", List.of("not for the web"), List.of())));
        push(ConversationTokens.next(), "nobody");

        Document fresh = html(updates(token, "0"));

        assertThat(fresh.select("li.bubble p").eachText()).containsExactly("n7tajek", "You wrote: n7tajek");
        assertThat(html(updates(ConversationTokens.next(), "0")).select("li.bubble"))
                .isEmpty();
    }
}
