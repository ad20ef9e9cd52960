package org.taawun.support.e2e;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.TaawunTest;

/**
 * The whole application as it ships (the real engine, flow, directory, hand-off and both channels) with Messenger
 * on and its Send API replaced by a local stub. Only the engine's conversation clock is the test's, so that the
 * 30 minutes of idleness pass at once. Every end-to-end test shares this one context.
 */
@TaawunTest
@Import(EngineClock.class)
abstract class SupportEndToEnd {

    static final String SECRET = "e2e-app-secret";
    static final SendApiStub SEND_API = new SendApiStub();

    @DynamicPropertySource
    static void messenger(DynamicPropertyRegistry registry) {
        registry.add("taawun.support.messenger.app-secret", () -> SECRET);
        registry.add("taawun.support.messenger.verify-token", () -> "e2e-verify");
        registry.add("taawun.support.messenger.page-access-token", () -> "e2e-page-token");
        registry.add("taawun.support.messenger.graph-api-url", SEND_API::baseUrl);
        registry.add("taawun.support.messenger.poll-interval", () -> "100ms");
        registry.add("taawun.support.messenger.initial-delay", () -> "0s");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** Lets time pass for the engine's conversations. */
    static void idle(Duration duration) {
        EngineClock.NANOS.addAndGet(duration.toNanos());
    }

    /** Every text value in the support schema that contains this string, as table.column. */
    List<String> storedAnywhere(String needle) {
        List<String[]> columns = jdbc.sql("select table_name, column_name from information_schema.columns"
                        + " where table_schema = 'support' and data_type in ('text', 'character varying')")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        return columns.stream()
                .filter(c -> jdbc.sql("select count(*) from support." + c[0] + " where " + c[1] + " like ?")
                                .param("%" + needle + "%")
                                .query(Long.class)
                                .single()
                        > 0)
                .map(c -> c[0] + "." + c[1])
                .toList();
    }
}
