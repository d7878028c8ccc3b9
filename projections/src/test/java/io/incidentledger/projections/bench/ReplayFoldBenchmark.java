package io.incidentledger.projections.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.flightrecorder.FlightRecords;
import io.incidentledger.projections.replay.RebuiltViews;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-process part of a replay on generated events: JSON as stored, the status and metrics projectors, flight
 * records (timelines are folded on read, not replayed).
 * PostgreSQL reads and Elasticsearch bulk writes are not in it. Run after {@code ./mvnw -o -q -pl projections
 * test-compile} with {@code java -cp projections/target/test-classes:projections/target/classes:<test classpath>
 * io.incidentledger.projections.bench.ReplayFoldBenchmark} (classpath from {@code dependency:build-classpath
 * -Dmdep.includeScope=test}), or from the IDE.
 */
public final class ReplayFoldBenchmark {

    private static final int EVENTS = 100_000;
    private static final int PER_INCIDENT = 50;

    private ReplayFoldBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = LedgerJson.newMapper();
        List<byte[]> stored = generate(mapper);
        for (int round = 1; round <= 5; round++) {
            long start = System.nanoTime();
            var views = new RebuiltViews();
            long records = 0;
            for (byte[] json : stored) {
                LedgerEvent event = mapper.readValue(json, LedgerEvent.class);
                views.accept(event);
                records += FlightRecords.from(event).isPresent() ? 1 : 0;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %d events, %d records, %d incidents in %.2f s = %.0f events/s%n", round,
                    stored.size(), records, views.toViewSet().incidents().size(), seconds, stored.size() / seconds);
        }
    }

    // incidents with long chats, as a busy incident has
    private static List<byte[]> generate(ObjectMapper mapper) throws Exception {
        List<byte[]> stored = new ArrayList<>(EVENTS);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int n = 1; stored.size() < EVENTS; n++) {
            var incident = new ScriptedIncident(n);
            Instant at = t0.plusSeconds(n * 3600L);
            stored.add(mapper.writeValueAsBytes(incident.declared("Incident " + n, Severity.SEV3, at)));
            for (int i = 1; i < PER_INCIDENT - 1; i++) {
                stored.add(mapper.writeValueAsBytes(i % 5 == 0
                        ? incident.note("note " + i, ScriptedIncident.ADA, at.plusSeconds(i * 10L))
                        : incident.message("m" + i, "message " + i + " about the incident", ScriptedIncident.BOB,
                                at.plusSeconds(i * 10L))));
            }
            stored.add(mapper.writeValueAsBytes(incident.status(IncidentStatus.INVESTIGATING, IncidentStatus.RESOLVED,
                    "fixed", ScriptedIncident.ADA, at.plusSeconds(PER_INCIDENT * 10L))));
        }
        return stored;
    }
}
