package org.taawun.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;

/**
 * Only administrators change the directory: every other role gets 403 (a visitor is sent to sign in) and nothing
 * changes; the public page is open to everyone.
 */
@TaawunTest
class ServiceAccessTest {

    enum Who {
        VISITOR(null),
        CUSTOMER("customer@taawun.test"),
        COUNSELLOR("counsellor@taawun.test"),
        MANAGER("manager1@taawun.test"),
        OFFICER("officer@taawun.test"),
        ADMIN("admin@taawun.test");

        final String email;

        Who(String email) {
            this.email = email;
        }
    }

    enum Action {
        LIST,
        NEW_FORM,
        CREATE,
        EDIT_FORM,
        UPDATE,
        DELETE,
        IMPORT,
        TEMPLATE
    }

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (Action action : Action.values()) {
            for (Who who : Who.values()) {
                rows.add(Arguments.of(action, who));
            }
        }
        return rows.stream();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SupportFixtures services;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("table")
    void onlyAdministratorsChangeTheDirectory(Action action, Who who) throws Exception {
        String city = SupportFixtures.uniqueCity();
        UUID target = services.add(SupportFixtures.local(ServiceKind.SHELTER, "MA", "MA-01", city, "0539000001"));
        String before = snapshot(city);
        AbstractMockHttpServletRequestBuilder<?> request = switch (action) {
            case LIST -> get("/admin/support/services");
            case NEW_FORM -> get("/admin/support/services/new");
            case CREATE -> fill(post("/admin/support/services"), city);
            case EDIT_FORM -> get("/admin/support/services/{id}", target);
            case UPDATE -> fill(post("/admin/support/services/{id}", target), city);
            case DELETE -> post("/admin/support/services/{id}/delete", target);
            case IMPORT ->
                multipart("/admin/support/services/import")
                        .file(new MockMultipartFile(
                                "file",
                                "s.csv",
                                "text/csv",
                                ("kind,name_ar,name_fr,phone,country,region_code,city\n"
                                                + "SHELTER,أ,Import,0539000003,MA,MA-01," + city + "\n")
                                        .getBytes(StandardCharsets.UTF_8)));
            case TEMPLATE -> get("/admin/support/services/template.csv");
        };
        request = request.with(csrf());
        if (who.email != null) {
            request = request.with(user(fixtures.user(who.email)));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        if (who == Who.ADMIN) {
            assertThat(response.getStatus()).isBetween(200, 399);
            return;
        }
        if (who == Who.VISITOR) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(response.getStatus()).isEqualTo(403);
        }
        assertThat(snapshot(city)).as("nothing changed").isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void everyoneSeesThePublicPage(Who who) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = get("/help/services").param("country", "TN");
        if (who.email != null) {
            request = request.with(user(fixtures.user(who.email)));
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    static Stream<Who> everyone() {
        return Stream.of(Who.values());
    }

    private AbstractMockHttpServletRequestBuilder<?> fill(
            AbstractMockHttpServletRequestBuilder<?> request, String city) {
        return request.param("kind", "SHELTER")
                .param("nameAr", "أ")
                .param("nameFr", "Changed")
                .param("phone", "0539000002")
                .param("country", "MA")
                .param("regionCode", "MA-01")
                .param("city", city);
    }

    /** Every service of the city with its values, as text. */
    private String snapshot(String city) {
        return String.join(
                "\n",
                jdbc.sql("select id || kind || name_fr || phone || version from support.services where city = ?"
                                + " order by id")
                        .param(city)
                        .query(String.class)
                        .list());
    }
}
