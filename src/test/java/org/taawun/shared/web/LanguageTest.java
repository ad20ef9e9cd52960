package org.taawun.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.TaawunTest;

/** {@code ?lang=} (remembered in a cookie), else Accept-Language, else Arabic; Arabic pages are right-to-left. */
@TaawunTest
class LanguageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void arabicRightToLeftByDefault() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"ar\" dir=\"rtl\">")))
                .andExpect(content().string(Matchers.containsString("تعاونيات")));
    }

    @Test
    void followsTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "fr-MA,fr;q=0.9"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"fr\" dir=\"ltr\">")));
        mvc.perform(get("/").header("Accept-Language", "de-DE,en;q=0.5"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"en\" dir=\"ltr\">")));
        mvc.perform(get("/").header("Accept-Language", "de-DE"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"ar\" dir=\"rtl\">")));
    }

    @Test
    void theChosenLanguageIsRememberedInACookie() throws Exception {
        mvc.perform(get("/").param("lang", "en").header("Accept-Language", "fr"))
                .andExpect(cookie().value("lang", "en"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"en\" dir=\"ltr\">")));
        mvc.perform(get("/c/tiwizi-argan").cookie(new Cookie("lang", "en")).header("Accept-Language", "fr"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"en\" dir=\"ltr\">")))
                .andExpect(content().string(Matchers.containsString("Since 2011")));
    }

    @Test
    void anUnknownLanguageIsIgnored() throws Exception {
        mvc.perform(get("/").param("lang", "xx"))
                .andExpect(cookie().doesNotExist("lang"))
                .andExpect(content().string(Matchers.containsString("dir=\"rtl\"")));
    }

    @Test
    void datesAndNumbersFollowTheLanguage() throws Exception {
        mvc.perform(get("/c/tiwizi-argan").param("lang", "fr"))
                .andExpect(content().string(Matchers.containsString("valable jusqu’au \u206830 juin 2027\u2069")));
        mvc.perform(get("/c/tiwizi-argan").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("valid until \u2068June 30, 2027\u2069")));
    }
}
