package org.taawun.support.web.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.taawun.support.SupportProperties;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ChatInput;
import org.taawun.support.chat.ConversationKey;

/**
 * The chat page without JavaScript: form posts answered by a redirect to the conversation's page, quick replies, bad
 * input, the quick exit that erases the conversation, and no trace left in the browser.
 */
class HelpChatPageTest extends WebChatTestSupport {

    @Autowired
    SupportProperties properties;

    /** The page a browser shows after the request: a post's 303 is followed by its GET, as a browser does. */
    MvcResult page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertNoTrace(result);
        if (result.getResponse().getStatus() == 303) {
            result = mvc.perform(get(result.getResponse().getRedirectedUrl())).andReturn();
            assertNoTrace(result);
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result;
    }

    @Test
    void aPostIsAnsweredByARedirectToThePageOfTheConversationNeverByHerWords() throws Exception {
        MvcResult posted =
                mvc.perform(send(html(page(get("/help"))), "rajli kay9tlni")).andReturn();

        assertNoTrace(posted);
        assertThat(posted.getResponse().getStatus()).isEqualTo(303);
        assertThat(posted.getResponse().getContentAsString()).doesNotContain("rajli");
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location).matches("/help\\?t=[A-Za-z0-9_-]{43}&lang=ar");

        Document shown = html(page(get(location)));
        assertThat(bubbles(shown, "person")).containsExactly("rajli kay9tlni");
        assertThat(shown.selectFirst("a.quick-exit").attr("href"))
                .isEqualTo(location.replace("/help?", "/help/exit?").replace("&lang=ar", ""));
        assertThat(shown.selectFirst("a.services").attr("href")).startsWith("/help/services?t=");
    }

    @Test
    void theQuickExitErasesTheConversationSoItsPageShowsNothingOfItAgain() throws Exception {
        Document shown = html(page(send(html(page(get("/help"))), "rajli kay9tlni")));
        String token = shown.selectFirst("form.compose input[name=t]").val();

        MvcResult exit =
                mvc.perform(get(shown.selectFirst("a.quick-exit").attr("href"))).andReturn();

        assertNoTrace(exit);
        assertThat(exit.getResponse().getStatus()).isEqualTo(303);
        assertThat(exit.getResponse().getRedirectedUrl()).isEqualTo(properties.quickExitUrl());
        assertThat(exit.getResponse().getHeader("Clear-Site-Data")).isEqualTo("\"cache\"");
        Document back = html(page(get("/help").param("t", token).param("lang", "en")));
        assertThat(back.text()).doesNotContain("rajli");
        assertThat(back.selectFirst(".notice").text())
                .isEqualTo(
                        "This conversation was ended and erased: nothing of it is left here. You can start a new one.");
        assertThat(back.selectFirst("form.compose input[name=t]").val()).isEmpty();
    }

    @Test
    void everyChatAddressForbidsStoringAndSetsNoCookie() throws Exception {
        assertNoTrace(mvc.perform(get("/help").param("lang", "fr")).andReturn());
        assertNoTrace(mvc.perform(post("/help").param("text", "salam")).andReturn());
        assertNoTrace(mvc.perform(post("/help").param("text", "salam").header("HX-Request", "true"))
                .andReturn());
        assertNoTrace(mvc.perform(post("/help/updates").param("t", ConversationTokens.next()))
                .andReturn());
        assertNoTrace(mvc.perform(get("/help/exit")).andReturn());
        assertThat(mvc.perform(get("/help/services").param("t", ConversationTokens.next()))
                        .andReturn()
                        .getResponse()
                        .getHeader(HttpHeaders.CACHE_CONTROL))
                .contains("no-store");
    }

    @Test
    void theNumbersOpenedFromTheChatLeadBackToTheConversationAndTheirQuickExitErasesIt() throws Exception {
        Document shown = html(page(send(html(page(get("/help"))), "salam")));
        String token = shown.selectFirst("form.compose input[name=t]").val();

        Document numbers = html(
                mvc.perform(get(shown.selectFirst("a.services").attr("href"))).andReturn());

        assertThat(numbers.select("a[href='/help?t=" + token + "']")).hasSize(1);
        assertThat(numbers.selectFirst("a.quick-exit").attr("href")).isEqualTo("/help/exit?t=" + token);
        assertThat(numbers.selectFirst("form.search input[name=t]").val()).isEqualTo(token);
    }

    static void assertNoTrace(MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        assertThat(response.getCookies()).isEmpty();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    }

    /** Posts the compose form of a page as a browser would, with the language it carries. */
    static MockHttpServletRequestBuilder send(Document shown, String text) {
        return post("/help")
                .param("t", shown.selectFirst("form.compose input[name=t]").val())
                .param(
                        "turn",
                        shown.selectFirst("form.compose input[name=turn]").val())
                .param(
                        "lang",
                        shown.selectFirst("form.compose input[name=lang]").val())
                .param("text", text);
    }

    static List<String> bubbles(Document page, String speaker) {
        return page.select("#bubbles li.bubble." + speaker + " p").eachText();
    }

    @Test
    void theFirstViewGreetsInArabicRightToLeftWithAQuickExitAndNoCookie() throws Exception {
        Document page = html(page(get("/help")));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        Element exit = page.selectFirst("a.quick-exit");
        assertThat(exit.attr("href")).isEqualTo(properties.quickExitUrl());
        assertThat(exit.attr("rel")).contains("noreferrer");
        assertThat(page.select("#bubbles li.bubble.bot")).hasSize(1);
        assertThat(page.selectFirst("form.compose input[name=t]").val()).isEmpty();
        assertThat(page.select("input[name=_csrf]")).isEmpty();
        assertThat(page.selectFirst("main").attr("hx-history")).isEqualTo("false");
        verifyNoInteractions(chatbot);
    }

    @Test
    void aSignedInPersonStaysSignedInAndCanStillSignOutFromTheChat() throws Exception {
        Document page = html(
                mvc.perform(get("/help").with(user("customer@taawun.test"))).andReturn());

        assertThat(page.select("form[action=/logout] input[name=_csrf]")).hasSize(1);
        assertThat(page.select("form.compose input[name=_csrf]")).isEmpty();
    }

    @Test
    void theLanguageSwitcherSetsNoCookieHereAndTheFormCarriesTheLanguage() throws Exception {
        Document page = html(page(get("/help").param("lang", "fr")));

        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.selectFirst("form.compose input[name=lang]").val()).isEqualTo("fr");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Parlez avec nous");
    }

    @Test
    void aConversationRoundTripsThroughPlainFormPosts() throws Exception {
        Document first = html(page(send(html(page(get("/help"))), "salam")));

        String token = first.selectFirst("form.compose input[name=t]").val();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(bubbles(first, "person")).containsExactly("salam");
        assertThat(bubbles(first, "bot")).containsExactly("You wrote: salam");
        assertThat(first.select("form.quick-replies button[name=payload]").eachAttr("value"))
                .containsExactly("LEGAL", "FRANCAIS");

        Document second = html(page(send(first, "chkoun nta?")));

        assertThat(second.selectFirst("form.compose input[name=t]").val()).isEqualTo(token);
        assertThat(bubbles(second, "person")).containsExactly("salam", "chkoun nta?");
        assertThat(bubbles(second, "bot")).containsExactly("You wrote: salam", "You wrote: chkoun nta?");
        ArgumentCaptor<ConversationKey> keys = ArgumentCaptor.forClass(ConversationKey.class);
        verify(chatbot, times(2)).handle(keys.capture(), any(), eq("ar"), any());
        assertThat(keys.getAllValues()).containsOnly(new ConversationKey(ChatChannel.WEB, token));
    }

    @Test
    void aQuickReplyButtonPostsItsPayloadWithItsTitle() throws Exception {
        Document first = html(page(send(html(page(get("/help"))), "salam")));
        Element legal = first.selectFirst("form.quick-replies button[value=LEGAL]");
        assertThat(legal.text()).isEqualTo("Legal aid");

        Document after = html(page(post("/help")
                .param(
                        "t",
                        first.selectFirst("form.quick-replies input[name=t]").val())
                .param(
                        "turn",
                        first.selectFirst("form.quick-replies input[name=turn]").val())
                .param("payload", legal.val())));

        verify(chatbot).handle(any(), eq(new ChatInput("Legal aid", "LEGAL")), any(), any());
        assertThat(bubbles(after, "person")).containsExactly("salam", "Legal aid");
        assertThat(bubbles(after, "bot")).endsWith("Lawyers can help you for free.", "Ask me anything else.");
        assertThat(after.select("form.quick-replies")).isEmpty();
    }

    @Test
    void aRepostedPageIsShownAgainNotSentAgain() throws Exception {
        Document first = html(page(send(html(page(get("/help"))), "salam")));
        Document second = html(page(send(first, "once")));

        Document reposted = html(page(send(first, "once")));

        verify(chatbot, times(1)).handle(any(), eq(ChatInput.text("once")), any(), any());
        assertThat(bubbles(reposted, "person")).containsExactly("salam", "once");
        assertThat(reposted.selectFirst(".notice").text())
                .isEqualTo("كانت هذه الصفحة قديمة، فلم نرسل رسالتك مرة أخرى. هذه المحادثة كما هي الآن.");
        assertThat(second.selectFirst("form.compose input[name=turn]").val()).isEqualTo("2");
    }

    @Test
    void anEmptyMessageGetsAHintAndReachesNoEngine() throws Exception {
        Document page = html(page(post("/help").param("lang", "fr").param("text", "   ")));

        assertThat(page.selectFirst(".notice").text()).isEqualTo("Écrivez un message avant d’envoyer.");
        assertThat(page.selectFirst("form.compose input[name=t]").val()).isEmpty();
        verifyNoInteractions(chatbot);
    }

    @Test
    void anEnormousMessageIsRefusedAndNotSent() throws Exception {
        Document first = html(page(send(html(page(get("/help"))), "salam")));

        Document page = html(page(send(first, "x".repeat(MessageRules.MAX_TEXT + 1))));

        assertThat(page.selectFirst(".notice").text()).isEqualTo("رسالتك طويلة جدًا ولم تُرسل: 2000 حرف على الأكثر.");
        assertThat(bubbles(page, "person")).containsExactly("salam");
        verify(chatbot, times(1)).handle(any(), any(), any(), any());
    }

    @Test
    void anUnknownTokenStartsANewConversation() throws Exception {
        String unknown = ConversationTokens.next();

        Document page =
                html(page(post("/help").param("t", unknown).param("turn", "3").param("text", "hello")));

        String token = page.selectFirst("form.compose input[name=t]").val();
        assertThat(token).isNotEqualTo(unknown).matches("[A-Za-z0-9_-]{43}");
        assertThat(page.selectFirst(".notice").text())
                .isEqualTo("انتهت محادثتك السابقة بعد 30 دقيقة دون نشاط ومُحيت. هذه محادثة جديدة.");
        assertThat(bubbles(page, "person")).containsExactly("hello");
        verify(chatbot).handle(eq(new ConversationKey(ChatChannel.WEB, token)), any(), any(), any());
    }

    @Test
    void withHtmxOnlyTheConversationIsAnswered() throws Exception {
        MvcResult result = page(send(html(page(get("/help"))), "salam").header("HX-Request", "true"));

        String body = result.getResponse().getContentAsString();
        assertThat(body).doesNotContain("<html").doesNotContain("quick-exit").contains("id=\"conversation\"");
        assertThat(html(result).select("#bubbles li.bubble.bot p").eachText()).containsExactly("You wrote: salam");
    }

    @Test
    void thePageFollowsTheLanguageTheConversationChoseWithoutACookie() throws Exception {
        Document first = html(page(send(html(page(get("/help"))), "salam")));

        Document french = html(page(post("/help")
                .param("t", first.selectFirst("form.compose input[name=t]").val())
                .param("turn", "1")
                .param("lang", "ar")
                .param("payload", "FRANCAIS")));

        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(french.selectFirst("form.compose input[name=lang]").val()).isEqualTo("fr");
    }

    @Test
    void whenTheEngineFailsThePersonIsToldWhereToCall() throws Exception {
        doThrow(new IllegalStateException("boom")).when(chatbot).handle(any(), any(), any(), any());

        Document page = html(page(post("/help").param("lang", "en").param("text", "help")));

        assertThat(page.selectFirst(".notice").text()).contains("call the national numbers");
        assertThat(page.select("a[href^='/help/services']")).isNotEmpty();
    }
}
