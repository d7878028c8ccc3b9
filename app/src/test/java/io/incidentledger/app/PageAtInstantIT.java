package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.projections.fold.SameShown;
import io.incidentledger.projections.maintenance.MaintenanceHistory;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.PastDocuments;
import io.incidentledger.status.StatusDocument;
import io.incidentledger.status.StatusDocuments;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.history.PageHistory;
import io.incidentledger.status.history.PastList;
import io.incidentledger.status.history.Shown;
import io.incidentledger.status.maintenance.MaintenanceEventLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code ?at=} through the index equals the page folded from every event of the ledger, for instants before, inside
 * and after an incident's life, one that the aggregate has snapshotted (more than 50 events) among them: each
 * incident changed after an instant is read from its checkpoint then, and each output from the incidents its
 * selection ({@link Shown}) names alone: the page's past list from its newest only. The
 * maintenance windows compared are those other ITs on these servers scheduled (scheduling needs a responder).
 */
@AppOnLocalServers
// the same catalog as DeterministicReplayIT, so both share one app context
@TestPropertySource(properties = "ledger.core.components=API,Checkout")
class PageAtInstantIT extends RunningApp {

    private static final Duration INDEX = Duration.ofSeconds(90);
    private static final Pattern REF = Pattern.compile("INC-\\d+");
    private static final String ADA = "U0ADA";

    @Autowired
    private PageHistory history;
    @Autowired
    private MaintenanceHistory maintenanceHistory;
    @Autowired
    private MaintenanceEventLog maintenanceLog;
    @Autowired
    private StatusDocuments documents;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyOutputAtSeveralInstantsEqualsTheOutputFoldedFromEveryEvent() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Instant> instants = new ArrayList<>();
        instants.add(Instant.now());
        String busy = declare("Snapshotted checkout " + tag);
        assertThat(say("component " + busy + " API major_outage")).contains("API is now major_outage");
        instants.add(Instant.now());
        for (int note = 0; note < 55; note++) {
            say("note " + busy + " checked shard " + note);
        }
        say("update " + busy + " Still rolling back, thanks <@" + ADA + ">");
        instants.add(Instant.now());
        String quiet = declare("Quiet search " + tag);
        // tagged: other ITs on these servers resolve incidents "Rolled back" too
        say("status " + busy + " resolved Rolled back " + tag);
        instants.add(Instant.now());
        say("status " + quiet + " monitoring Watching");
        say("title " + quiet + " Quiet search, renamed " + tag);
        instants.add(Instant.now());
        // more resolved than the page lists, none touching a component: the page at the end reads only the newest
        for (int n = 0; n <= PastList.LISTED + 1; n++) {
            say("status " + declare("Brief blip " + n + " " + tag) + " resolved Blip over");
        }
        instants.add(Instant.now());

        Instant last = instants.get(instants.size() - 1);
        // the uptime bars count whole minutes: two on, the outage shows in them, and its incident is no longer
        // among the past list's newest, so only the selection's uptime part can read it
        instants.add(last.plus(Duration.ofMinutes(2)));
        await().atMost(INDEX).until(() -> history.indexComplete(last) && maintenanceLog.asOf(last).isPresent());
        Map<IncidentId, IncidentView> latest = history.foldedFromEveryEvent(Instant.now()).incidents().stream()
                .collect(Collectors.toMap(IncidentView::incidentId, view -> view));
        for (Instant at : instants) {
            PageHistory.State everyEvent = history.foldedFromEveryEvent(at);
            // names are by design the ones learnt so far: both are rendered with them
            var expected = new StatusSnapshot(everyEvent.incidents(), at, at, history.throughIndex(at, Shown.OPEN).names(),
                    maintenanceHistory.asOf(at));
            var maintenances = maintenanceLog.folded(at);
            Map<Shown, PageHistory.State> selected = new EnumMap<>(Shown.class);
            for (Shown shown : Shown.values()) {
                selected.put(shown, history.throughIndex(at, shown));
                assertThat(selected.get(shown).incidents().size()).as("only what " + shown + " shows is read at " + at)
                        .isLessThanOrEqualTo(everyEvent.incidents().size());
            }
            for (StatusDocument document : StatusDocument.values()) {
                PageHistory.State indexed = selected.get(PastDocuments.shown(document));
                var actual = new StatusSnapshot(indexed.incidents(), at, at, indexed.names(), maintenances);
                assertThat(new String(documents.render(document, actual))).as(document + " at " + at)
                        .isEqualTo(new String(documents.render(document, expected)));
            }
            // open then, or changed since (other ITs' incidents too), and the last changed: never one resolved and left alone
            assertThat(selected.get(Shown.OPEN).incidents().stream().filter(view -> !view.unresolved()
                            && SameShown.<IncidentView>ignoringLastSequence().test(view, latest.get(view.incidentId()))))
                    .as("resolved by then and unchanged since, at " + at).hasSizeLessThanOrEqualTo(1);
        }
        Instant end = last;
        assertThat(history.throughIndex(end, Shown.PAGE).incidents().size()).as("the page reads the past list's newest only")
                .isLessThan(history.foldedFromEveryEvent(end).incidents().size());
        assertThat(get("/?at=" + end)).contains("Brief blip " + (PastList.LISTED + 1) + " " + tag, "most recently declared")
                .doesNotContain("Brief blip 0 " + tag);
        String served = get("/api/v2/incidents.json?at=" + instants.get(2));
        assertThat(served).contains("Snapshotted checkout " + tag, "Still rolling back").doesNotContain("Rolled back " + tag);
        assertThat(get("/?at=" + instants.get(4))).contains("Quiet search, renamed " + tag);
    }

    private String declare(String title) {
        Matcher matcher = REF.matcher(say("declare " + title + " severity=2"));
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }

    private String say(String text) {
        var reply = client.slashCommandAs(ADA, "C0ASOF", text);
        assertThat(reply.statusCode()).as(text).isEqualTo(200);
        return reply.body();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
