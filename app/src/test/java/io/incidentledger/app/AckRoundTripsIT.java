package io.incidentledger.app;

import static io.incidentledger.app.testdata.SlackPayloads.eventCallback;
import static io.incidentledger.app.testdata.SlackPayloads.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.RoundTrips;
import io.incidentledger.app.testdata.RunningApp;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The ack path's cost in PostgreSQL round trips, counted on the app's data source while Slack waits: a chat
 * message and a slash command on a busy incident (past its first snapshot), one request at a time. Before the ack
 * path's diet they took 34.5 and 27; the bounds hold what it saves, and the output says where each one goes.
 */
@AppOnLocalServers
@Import(AckRoundTripsIT.Counting.class)
// a context of its own: closed after, or it would share the views' Streams group with the others' and take partitions
@DirtiesContext
class AckRoundTripsIT extends RunningApp {

    private static final String ADA = "U0ADA";
    private static final AtomicLong TS = new AtomicLong(1_700_900_000L);
    private static final int MEASURED = 20;

    String channel;

    @BeforeEach
    void aBusyIncidentInAFreshChannel() {
        channel = "C0TRIPS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(client.slashCommandAs(ADA, channel, "declare Round trips " + channel).statusCode()).isEqualTo(200);
        for (int i = 0; i < 60; i++) {
            say("warming up " + i);
        }
    }

    @Test
    void aChatMessageTakesAtMostSevenRoundTrips() {
        long before = RoundTrips.count();
        var statementsBefore = RoundTrips.byStatement();
        for (int i = 0; i < MEASURED; i++) {
            say("measured " + i);
        }
        double perMessage = (RoundTrips.count() - before) / (double) MEASURED;
        System.out.printf("round trips per chat message: %.2f%n", perMessage);
        print(statementsBefore);
        assertThat(perMessage).isLessThanOrEqualTo(7.0);
    }

    @Test
    void aSlashCommandTakesAtMostNineRoundTripsInOneCommit() {
        long before = RoundTrips.count();
        var statementsBefore = RoundTrips.byStatement();
        for (int i = 0; i < MEASURED; i++) {
            var reply = client.slashCommandAs(ADA, channel, "note measured note " + i + " " + channel);
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
            assertThat(reply.body()).doesNotContain("could not take");
        }
        double perCommand = (RoundTrips.count() - before) / (double) MEASURED;
        System.out.printf("round trips per slash command: %.2f%n", perCommand);
        print(statementsBefore);
        assertThat(perCommand).isLessThanOrEqualTo(9.0);
        // the command history commits with the command's events: one transaction wrote both rows
        assertThat(jdbc.queryForList("SELECT DISTINCT xmin::text FROM domainevententry WHERE convert_from(payload, 'UTF8') "
                + "LIKE ?", String.class, "%measured note " + (MEASURED - 1) + " " + channel + "%")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Long.class, "%measured note " + (MEASURED - 1) + " " + channel + "%")).isEqualTo(2);
    }

    // where they go, in the test's output: the figures in ledger-core's README come from here
    private static void print(java.util.Map<String, Long> before) {
        RoundTrips.byStatement().forEach((sql, n) -> {
            long these = n - before.getOrDefault(sql, 0L);
            if (these > 0) {
                System.out.printf("  %6.2f  %s%n", these / (double) MEASURED, sql.replaceAll("\\s+", " "));
            }
        });
    }

    private void say(String text) {
        String ts = TS.incrementAndGet() + ".000200";
        var response = client.postEvent(eventCallback("Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                message(channel, ADA, ts, text + " " + ts)), 0);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @TestConfiguration
    static class Counting {
        @Bean
        static RoundTrips roundTrips() {
            return new RoundTrips();
        }
    }
}
