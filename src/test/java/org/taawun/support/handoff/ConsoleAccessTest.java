package org.taawun.support.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.Handoffs;

/**
 * Counsellors and administrators use the console; visitors are sent to sign in, every other role gets 403, and
 * nothing changes. The statistics page under {@code /admin} is for administrators only.
 */
@TaawunTest
class ConsoleAccessTest {

    enum Who {
        VISITOR(null),
        CUSTOMER("customer@taawun.test"),
        MANAGER("manager1@taawun.test"),
        OFFICER("officer@taawun.test"),
        COUNSELLOR("counsellor@taawun.test"),
        ADMIN("admin@taawun.test");

        final String email;

        Who(String email) {
            this.email = email;
        }

        boolean counsels() {
            return this == COUNSELLOR || this == ADMIN;
        }
    }

    enum Action {
        QUEUE,
        QUEUE_FRAGMENT,
        TAKE,
        CONVERSATION,
        MESSAGES,
        REPLY,
        CLOSE,
        CONSOLE_STATS,
        ADMIN_STATS
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
    Handoffs handoffs;

    @Autowired
    CounsellorDesk desk;

    @Autowired
    HandoffFixtures handoffFixtures;

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("table")
    void onlyCounsellorsAndAdministratorsUseTheConsole(Action action, Who who) throws Exception {
        ConversationKey key = HandoffFixtures.webKey();
        String handle = handoffs.request(key, "ar", null, false);
        UUID id = handoffFixtures.idOf(handle);
        boolean taken = action == Action.REPLY || action == Action.CLOSE || action == Action.MESSAGES;
        if (taken && who.email != null) {
            fixtures.asUser(who.counsels() ? who.email : "counsellor@taawun.test", () -> {
                desk.take(id);
                return null;
            });
        }
        MockHttpServletRequestBuilder request = switch (action) {
            case QUEUE -> get("/support/console");
            case QUEUE_FRAGMENT -> get("/support/console/queue");
            case TAKE -> post("/support/console/{id}/take", id);
            case CONVERSATION -> get("/support/console/{id}", id);
            case MESSAGES -> get("/support/console/{id}/messages", id);
            case REPLY -> post("/support/console/{id}/reply", id).param("text", "Hello");
            case CLOSE -> post("/support/console/{id}/close", id);
            case CONSOLE_STATS -> get("/support/console/stats");
            case ADMIN_STATS -> get("/admin/support/stats");
        };
        request = request.with(csrf());
        if (who.email != null) {
            request = request.with(user(fixtures.user(who.email)));
        }
        String statusBefore = handoffFixtures.status(handle);

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        boolean allowed = action == Action.ADMIN_STATS ? who == Who.ADMIN : who.counsels();
        if (allowed) {
            assertThat(response.getStatus()).isBetween(200, 399);
            return;
        }
        if (who == Who.VISITOR) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(response.getStatus()).isEqualTo(403);
        }
        assertThat(handoffFixtures.status(handle)).as("nothing changed").isEqualTo(statusBefore);
        assertThat(handoffFixtures.messageCount(id)).isZero();
    }
}
