package org.taawun.support.web.chat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.taawun.TaawunTest;
import org.taawun.support.chat.Chatbot;
import org.taawun.support.chat.Handoffs;

/**
 * The application with a scripted engine and a mocked hand-off queue (the real ones are built by others); the page and
 * API tests share this context.
 */
@TaawunTest
abstract class WebChatTestSupport {

    @MockitoBean
    Chatbot chatbot;

    @MockitoBean
    Handoffs handoffs;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void scriptTheEngine() {
        ScriptedChatbot.script(chatbot);
    }

    static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
