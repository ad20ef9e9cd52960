package org.taawun.support.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.support.Intent;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ConversationStarted;
import org.taawun.support.chat.Handoffs;
import org.taawun.support.chat.TopicReached;

/** Conversations, topics and hand-offs are counted per day, nothing identifying is kept, and small counts hidden. */
@TaawunTest
class SupportStatisticsTest {

    /** A period no other test counts in. */
    static final LocalDate DAY1 = LocalDate.of(2001, 1, 1);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Handoffs handoffs;

    @Autowired
    StatisticsReport statistics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void countsOfAPastPeriod() {
        set(DAY1, "CONVERSATION", "WEB", "ar", "", "", 12);
        set(DAY1.plusDays(1), "CONVERSATION", "WEB", "fr", "", "", 3);
        set(DAY1.plusDays(2), "CONVERSATION", "MESSENGER", "ar", "", "", 7);
        set(DAY1, "TOPIC", "WEB", "ar", "LEGAL_AID", "MA-07", 6);
        set(DAY1, "TOPIC", "WEB", "ar", "SHELTER", "MA-07", 2);
        set(DAY1.plusDays(2), "TOPIC", "MESSENGER", "ar", "HEALTH", "", 9);
        set(DAY1.plusDays(1), "HANDOFF", "WEB", "fr", "", "", 1);
    }

    @Test
    void eventsAreCountedPerDayChannelAndLanguage() {
        long conversations = today("CONVERSATION", "MESSENGER", "en", "", "");
        long topics = today("TOPIC", "WEB", "fr", "COMPLAINT", "TN-11");
        long requests = today("HANDOFF", "WEB", "fr", "SAFETY_PLAN", "");

        for (int i = 0; i < 3; i++) {
            events.publishEvent(new ConversationStarted(ChatChannel.MESSENGER, "en"));
        }
        events.publishEvent(new TopicReached(ChatChannel.WEB, "fr", "COMPLAINT", "TN-11"));
        events.publishEvent(new TopicReached(ChatChannel.WEB, "fr", "COMPLAINT", "TN-11"));
        handoffs.request(HandoffFixtures.webKey(), "fr", "SAFETY_PLAN", false);

        assertThat(today("CONVERSATION", "MESSENGER", "en", "", "")).isEqualTo(conversations + 3);
        assertThat(today("TOPIC", "WEB", "fr", "COMPLAINT", "TN-11")).isEqualTo(topics + 2);
        assertThat(today("HANDOFF", "WEB", "fr", "SAFETY_PLAN", "")).isEqualTo(requests + 1);
    }

    @Test
    void nothingAPersonWroteOrAnyIdentifierEndsUpInTheStatistics() {
        events.publishEvent(new TopicReached(ChatChannel.WEB, "fr", "my husband Karim beats me", "Rue 12, Fès"));
        events.publishEvent(new TopicReached(ChatChannel.WEB, "zz", null, null));

        List<String> columns = jdbc.sql("select column_name from information_schema.columns"
                        + " where table_schema = 'support' and table_name = 'daily_counts'")
                .query(String.class)
                .list();
        assertThat(columns)
                .containsExactlyInAnyOrder("day", "measure", "channel", "language", "topic", "region_code", "count");
        List<String> allowedTopics = Stream.concat(
                        Arrays.stream(Intent.values()).map(Intent::name), Stream.of("OTHER", ""))
                .toList();
        assertThat(jdbc.sql("select distinct topic from support.daily_counts")
                        .query(String.class)
                        .list())
                .allMatch(allowedTopics::contains);
        assertThat(jdbc.sql("select distinct region_code from support.daily_counts")
                        .query(String.class)
                        .list())
                .allMatch(r -> r.isEmpty() || r.matches("(MA|TN)-[0-9]{2}"));
        assertThat(jdbc.sql("select distinct language from support.daily_counts")
                        .query(String.class)
                        .list())
                .allMatch(List.of("ar", "fr", "en")::contains);
    }

    @Test
    void theReportHidesCountsBelowFiveAndTheirPartners() {
        StatisticsReport.Report report =
                fixtures.asUser("counsellor@taawun.test", () -> statistics.report(DAY1, DAY1.plusDays(2)));

        assertThat(report.conversations().rows())
                .extracting(StatisticsReport.Row::cell)
                .containsExactly(new Cell(12, false), new Cell(3, true), new Cell(7, true));
        assertThat(report.conversations().total()).isEqualTo(new Cell(22, false));
        assertThat(report.handoffs().total().suppressed()).isTrue();
        assertThat(report.languages().rows())
                .extracting(StatisticsReport.Row::key, r -> r.cell().suppressed())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ar", true),
                        org.assertj.core.groups.Tuple.tuple("fr", true));
        assertThat(report.topics().rows())
                .extracting(StatisticsReport.Row::key, r -> r.cell().suppressed())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HEALTH", false),
                        org.assertj.core.groups.Tuple.tuple("LEGAL_AID", true),
                        org.assertj.core.groups.Tuple.tuple("SHELTER", true));
        assertThat(report.regions().rows())
                .extracting(StatisticsReport.Row::key, r -> r.cell().value())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("", 9L), org.assertj.core.groups.Tuple.tuple("MA-07", 8L));
        assertThat(report.chart().bars()).hasSize(3);
        assertThat(report.chart().bars().get(1).height())
                .as("no bar gives a hidden count away")
                .isEqualTo(report.chart().bars().get(2).height());
    }

    @Test
    void theAdministratorsPageShowsTablesAndAChartWithoutTheHiddenCounts() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/admin/support/stats")
                        .param("from", "2001-01-01")
                        .param("to", "2001-01-03")
                        .param("lang", "en")
                        .with(user(fixtures.user("admin@taawun.test"))))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("form.search").attr("action")).isEqualTo("/admin/support/stats");
        Element perDay = page.select("table").first();
        assertThat(perDay.select("tbody tr").eachText())
                .containsExactly("January 1, 2001 12 0", "January 2, 2001 <5 <5", "January 3, 2001 <5 0");
        assertThat(perDay.select("tfoot").text()).isEqualTo("Total 22 <5");
        assertThat(page.text()).contains("Legal aid", "Marrakesh-Safi", "No region chosen", "English");
        assertThat(page.select("svg rect")).hasSize(3);
        assertThat(page.select("svg title").eachText())
                .containsExactly("2001-01-01: 12", "2001-01-02: <5", "2001-01-03: <5");
    }

    @Test
    void aPeriodThatCannotBeReadGetsAReasonAndTheLastThirtyDays() throws Exception {
        assertThat(statsPage("2001-13-01", "2001-01-03"))
                .contains("Dates are written year-month-day, for example 2026-03-08.");
        assertThat(statsPage("2001-01-05", "2001-01-03")).contains("The start date comes after the end date.");
        assertThat(statsPage("2001-01-01", "2003-01-01")).contains("A period may cover at most 366 days.");
    }

    private String statsPage(String from, String to) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/support/console/stats")
                        .param("from", from)
                        .param("to", to)
                        .param("lang", "en")
                        .with(user(fixtures.user("counsellor@taawun.test"))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        String body = response.getContentAsString();
        assertThat(body).contains(LocalDate.now(ZoneOffset.UTC).toString());
        return body;
    }

    private void set(
            LocalDate day, String measure, String channel, String language, String topic, String region, long count) {
        jdbc.sql("insert into support.daily_counts (day, measure, channel, language, topic, region_code, count)"
                        + " values (?,?,?,?,?,?,?) on conflict (day, measure, channel, language, topic, region_code)"
                        + " do update set count = excluded.count")
                .params(Date.valueOf(day), measure, channel, language, topic, region, count)
                .update();
    }

    private long today(String measure, String channel, String language, String topic, String region) {
        return jdbc.sql("select coalesce(sum(count), 0) from support.daily_counts where day = ? and measure = ?"
                        + " and channel = ? and language = ? and topic = ? and region_code = ?")
                .params(Date.valueOf(LocalDate.now(ZoneOffset.UTC)), measure, channel, language, topic, region)
                .query(Long.class)
                .single();
    }
}
