package org.taawun.shared.web;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.TaawunTest;

/**
 * Errors that Spring MVC raises before any controller runs (unknown path, wrong method, unsupported media type) are
 * problem details with a stable code and a detail in the caller's language under {@code /api}, like every other API
 * error; pages keep their friendly error page.
 */
@TaawunTest
class ApiErrorsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownApiPathIsANotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").header("Accept-Language", "fr"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(jsonPath("$.detail").value("Cette adresse n’existe pas dans l’API."));
    }

    @Test
    void anUnknownApiPathSpeaksArabicByDefault() throws Exception {
        mvc.perform(get("/api/v1/products/x/y/z"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(jsonPath("$.detail").value("هذا العنوان غير موجود في واجهة البرمجة."));
    }

    @Test
    void aMalformedProductIdIsNotFoundNotTryAgain() throws Exception {
        mvc.perform(get("/api/v1/products/abc").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(jsonPath("$.detail").value("This address does not exist in the API."));
        mvc.perform(get("/p/abc").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Page not found")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "The page does not exist or is no longer available.")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("try again in a moment"))));
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblemThatSaysWhichMethodsAre() throws Exception {
        mvc.perform(get("/api/v1/auth/tokens").header("Accept-Language", "en"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Allow", "POST"))
                .andExpect(jsonPath("$.code").value("method-not-allowed"))
                .andExpect(jsonPath("$.detail")
                        .value("This address does not accept the method GET. Accepted methods: POST."));
    }

    @Test
    void anUnsupportedMediaTypeIsAProblem() throws Exception {
        mvc.perform(post("/api/v1/orders")
                        .header("Accept-Language", "en")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("lines=1"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unsupported-media-type"))
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        startsWith(
                                                "This address does not accept content of type text/plain. Accepted types: application/json")));
    }

    @Test
    void anUnknownPageIsStillTheFriendlyErrorPage() throws Exception {
        // MockMvc does not forward to the error page; what matters is that pages are not answered with problem details
        mvc.perform(get("/no-such-page").header("Accept-Language", "en").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
    }
}
