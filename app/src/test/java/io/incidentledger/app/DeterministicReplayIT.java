package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.api.command.DeclareIncident;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.id.Severity;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.app.testdata.ScriptedIncident;
import io.incidentledger.app.testdata.ServedDocuments;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.metrics.MetricsSummary;
import io.incidentledger.projections.maintenance.MaintenanceHistory;
import io.incidentledger.api.history.HistoryPosition;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.projections.replay.RebuiltViews;
import io.incidentledger.projections.replay.ViewSet;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.status.ViewNotReady;
import io.incidentledger.projections.timeline.IncidentTimeline;
import io.incidentledger.projections.timeline.IncidentTimelines;
import io.incidentledger.projections.timeline.TimelineProjector;
import io.incidentledger.projections.fold.SameShown;
import io.incidentledger.read.application.review.ReviewMarkdown;
import io.incidentledger.read.application.review.TimelineDocument;
import io.incidentledger.read.application.review.TimelineMarkdown;
import io.incidentledger.status.StatusDocument;
import io.incidentledger.status.StatusDocuments;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.names.DisplayNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 19's deterministic replay: an incident scripted through signed Slack requests with every incident event
 * type, its served documents captured, then the admin replay run and fresh views folded from the event store;
 * every document must come out byte for byte the same.
 */
@AppOnLocalServers
// a component's status can only be set on a component the catalog knows
@TestPropertySource(properties = "ledger.core.components=API,Checkout")
class DeterministicReplayIT extends RunningApp {

    /** Every type of ledger-api's {@code api/event}: a new one fails this test until the script covers it. */
    static final Set<String> SCRIPTED = new TreeSet<>(List.of("ChannelLinked", "ChatMessageDeleted", "ChatMessageEdited",
            "ChatMessageRecorded", "ChatTextRedacted", "ComponentStatusChanged", "FollowUpActionAdded",
            "FollowUpActionCompleted", "FollowUpActionReopened", "ImpactChanged", "IncidentAcknowledged", "IncidentDeclared",
            "IncidentReopened", "IncidentStatusChanged", "InternalNoteAdded", "MessagePinned", "MessageUnpinned",
            "PublicUpdatePosted", "ReactionAdded", "RoleAssigned", "RoleUnassigned", "SeverityChanged", "SummaryChanged",
            "TitleChanged"));
    private static final Duration VIEWS = Duration.ofSeconds(180);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    CommandGateway commands;
    @Autowired
    CurrentIncidents incidents;
    @Autowired
    IncidentTimelines timelines;
    @Autowired
    LedgerMetrics metrics;
    @Autowired
    LedgerHistory history;
    @Autowired
    StatusDocuments statusDocuments;
    @Autowired
    DisplayNames names;
    @Autowired
    MaintenanceHistory maintenances;

    @Test
    void theScriptCoversEveryIncidentEventType() {
        assertThat(SCRIPTED).isEqualTo(Arrays.stream(IncidentEvent.class.getPermittedSubclasses())
                .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void anIncidentWithEveryEventTypeIsServedByteForByteTheSameAfterAReplayAndFromFreshViews() throws Exception {
        var script = new ScriptedIncident(client, jdbc);
        IncidentRef ref = script.run();
        assertThat(script.storedTypes()).containsAll(SCRIPTED);
        long last = script.lastSequence();
        ViewSet folded = fold();
        // the views answer ViewNotReady while another app context in this JVM rebalances the Streams group; a
        // published view carries the sequence of its last shown change, so it is waited for by what it shows
        await().atMost(VIEWS).ignoreExceptionsInstanceOf(ViewNotReady.class)
                .until(() -> timelines.find(ref).map(t -> t.lastSequence() == last).orElse(false)
                && metrics.find(ref).map(m -> SameShown.<IncidentMetrics>ignoringLastSequence()
                        .test(m, folded.metrics().get(ref.toString()))).orElse(false)
                && incidents.all().stream().anyMatch(v -> SameShown.<IncidentView>ignoringLastSequence()
                        .test(v, folded.incidents().get(ref.toString()))));
        declareTwins(4);
        var served = new ServedDocuments(port);
        Map<String, String> incidentBefore = served.read(ServedDocuments.ofIncident(ref));
        Map<String, String> pageBefore = served.still(ServedDocuments.PAGE_WIDE, VIEWS);
        // the redacted message is shown as its marker, never as its text, before the replay as after it
        assertThat(incidentBefore.values()).noneMatch(document -> document.contains("pool exhausted"))
                .anyMatch(document -> document.contains("[redacted by "));

        served.replay(VIEWS);

        await().atMost(VIEWS).untilAsserted(() -> assertThat(served.read(ServedDocuments.ofIncident(ref)))
                .isEqualTo(incidentBefore));
        assertThat(served.still(ServedDocuments.PAGE_WIDE, VIEWS)).isEqualTo(pageBefore);
        // fresh views, folded here from the event store and rendered as the endpoints render them
        await().atMost(VIEWS).untilAsserted(() -> assertThat(freshlyRendered(ref)).isEqualTo(served.read(
                List.of(ServedDocuments.timeline(ref), ServedDocuments.markdown(ref), ServedDocuments.review(ref),
                        "/api/v2/summary.json", "/api/v2/status.json", "/api/v2/components.json",
                        "/api/v2/incidents.json", "/api/v2/incidents/unresolved.json", "/api/metrics"))));
    }

    /**
     * Incidents declared at one instant, which chat cannot do (each command is stamped when it arrives), so straight
     * to the ledger: the page must list them in an order the ledger gives, not the one a store happens to hold.
     */
    private void declareTwins(int count) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var origin = new ChatOrigin(Platform.SLACK, "C0TWINS", new ChatUser("U0ADA", "ada"));
        for (int i = 0; i < count; i++) {
            commands.sendAndWait(new DeclareIncident(IncidentId.random(), "Twin outage " + i, Severity.SEV3, null,
                    Map.of(), origin, "twin-" + UUID.randomUUID(), at));
        }
        await().atMost(VIEWS).ignoreExceptionsInstanceOf(ViewNotReady.class)
                .until(() -> incidents.all().stream().filter(v -> v.createdAt().equals(at)).count() == count);
    }

    private ViewSet fold() {
        var fold = new RebuiltViews();
        history.read(HistoryPosition.START, fold);
        return fold.toViewSet();
    }

    private Map<String, String> freshlyRendered(IncidentRef ref) throws Exception {
        ViewSet fresh = fold();
        IncidentTimeline[] folded = {null};
        history.readIncident(fresh.incidents().get(ref.toString()).incidentId().value(),
                event -> folded[0] = TimelineProjector.apply(folded[0], event));
        var timeline = folded[0];
        // maintenance windows are folded from the store too (other ITs schedule some, on clocks of their own)
        var snapshot = new StatusSnapshot(List.copyOf(fresh.incidents().values()), Instant.now(), null, names.all(),
                maintenances.asOf(Instant.MAX));
        Map<String, String> documents = new LinkedHashMap<>();
        documents.put(ServedDocuments.timeline(ref), json.writeValueAsString(TimelineDocument.of(timeline, PARIS)));
        documents.put(ServedDocuments.markdown(ref), TimelineMarkdown.render(timeline, PARIS));
        documents.put(ServedDocuments.review(ref), ReviewMarkdown.render(timeline, fresh.metrics().get(ref.toString()), PARIS));
        documents.put("/api/v2/summary.json", render(StatusDocument.SUMMARY, snapshot));
        documents.put("/api/v2/status.json", render(StatusDocument.STATUS, snapshot));
        documents.put("/api/v2/components.json", render(StatusDocument.COMPONENTS, snapshot));
        documents.put("/api/v2/incidents.json", render(StatusDocument.INCIDENTS, snapshot));
        documents.put("/api/v2/incidents/unresolved.json", render(StatusDocument.UNRESOLVED, snapshot));
        documents.put("/api/metrics", json.writeValueAsString(MetricsSummary.of(List.copyOf(fresh.metrics().values()))));
        return documents;
    }

    private String render(StatusDocument document, StatusSnapshot snapshot) {
        return new String(statusDocuments.render(document, snapshot), StandardCharsets.UTF_8);
    }
}
