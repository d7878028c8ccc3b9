package io.incidentledger.app;

import static io.incidentledger.app.testdata.TeamsActivities.message;
import static io.incidentledger.app.testdata.TeamsActivities.outgoingWebhook;
import static io.incidentledger.app.testdata.TeamsRequests.awaitThreadOf;
import static io.incidentledger.app.testdata.TeamsRequests.refIn;
import static io.incidentledger.app.testdata.TeamsRequests.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.api.LedgerTopics;
import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.InternalNoteAdded;
import io.incidentledger.api.event.PublicUpdatePosted;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Platform;
import io.incidentledger.app.testdata.FakeTeamsConnector;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.projections.status.CurrentIncidentsTopology;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Poison events on real servers: each one is parked while the events after it flow, is counted in health and
 * Prometheus, is listed by the admin API, and can be retried from there once its cause is gone. Events the ledger's
 * own limits now refuse are written straight to the event store, as an older version may have stored them.
 */
@ActiveProfiles("local")
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "teams.webhook-secret=" + DeadLettersIT.WEBHOOK_SECRET, "teams.incident-channel-id=19:incidents@thread.tacv2",
        "ledger.rbac.admins=aad-ada", "ledger.admin-token=" + DeadLettersIT.ADMIN_TOKEN,
        "ledger.dead-letters.max-attempts=2", "ledger.projections.max-view-bytes=" + DeadLettersIT.VIEW_LIMIT})
class DeadLettersIT extends RunningApp {

    static final String WEBHOOK_SECRET = "ZGVhZC1sZXR0ZXJzLXdlYmhvb2stc2VjcmV0LTMyYnl0ZXM=";
    static final String ADMIN_TOKEN = "dead-letters-admin-token";
    static final int VIEW_LIMIT = 100_000;
    private static final Duration WAIT = Duration.ofSeconds(90);
    @RegisterExtension
    static final FakeTeamsConnector FAKE = FakeTeamsConnector.start();

    @Autowired
    EventStorageEngine storage;
    @Autowired
    Environment environment;
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void connector(DynamicPropertyRegistry registry) {
        registry.add("teams.service-url", FAKE::serviceUrl);
    }

    @Test
    void aTeamsThreadRefusedWith403IsParkedWhileLaterIncidentsGetTheirThreadsAndARetryDeliversIt() throws Exception {
        FAKE.refuseNewThreads(403);
        String refused = declare("Refused thread " + UUID.randomUUID());
        JsonNode parked = awaitParked("teams-outbound", 1);
        assertThat(parked.path("errorClass").asText()).contains("DeliveryFailure");
        assertThat(parked.path("errorMessage").asText()).contains("HTTP 403");
        assertThat(parked.path("attempts").asInt()).isEqualTo(2);
        assertThat(parked.path("incidentId").asText()).isNotBlank();

        var failedAgain = admin("POST", "/api/admin/dead-letters/" + parked.path("id").asLong() + "/retry");
        assertThat(failedAgain.statusCode()).isEqualTo(409);
        assertThat(json.readTree(failedAgain.body()).path("error").asText()).isEqualTo("retry_failed");
        assertThat(letter(parked.path("id").asLong()).path("attempts").asInt()).isEqualTo(3);

        FAKE.refuseNewThreads(0);
        String next = declare("Thread after the refused one " + UUID.randomUUID());
        await().atMost(WAIT).untilAsserted(() -> assertThat(FAKE.created()).anySatisfy(c -> assertThat(c.body())
                .contains(next + " · Thread after the refused one")));
        assertThat(FAKE.created()).noneSatisfy(c -> assertThat(c.body()).contains(refused + " · "));
        // parked events never turn health DOWN (the views' readiness decides the overall status, not this)
        assertThat(health().at("/components/deadLetters/status").asText()).isEqualTo("UP");
        assertThat(health().at("/components/deadLetters/details/byProcessor/teams-outbound").asLong()).isEqualTo(1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(admin("GET", "/actuator/prometheus").body())
                .contains("incident_ledger_dead_letters{processor=\"teams-outbound\"} 1.0"));

        var retried = admin("POST", "/api/admin/dead-letters/" + parked.path("id").asLong() + "/retry");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(FAKE.created()).anySatisfy(c -> assertThat(c.body()).contains(refused + " · Refused thread"));
        assertThat(json.readTree(admin("GET", "/api/admin/dead-letters").body()).path("byProcessor")
                .path("teams-outbound").isMissingNode()).isTrue();
        assertThat(admin("POST", "/api/admin/dead-letters/" + parked.path("id").asLong() + "/retry").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aThreeHundredCharacterDisplayNameStoredBeforeTheLimitsIsBoundedAndTheNotificationProcessorGoesOn()
            throws Exception {
        String ref = declare("Long name drill " + UUID.randomUUID());
        String longName = "Ada " + "L".repeat(296);
        String user = "U" + UUID.randomUUID().toString().substring(0, 8);
        appendToLedger(ref, (incident, number) -> new InternalNoteAdded(incident, number, "noted",
                new ChatOrigin(Platform.SLACK, "C0LONG", new ChatUser(user, longName)), Instant.now()));
        String after = "aad-after-" + UUID.randomUUID().toString().substring(0, 8);
        webhook(outgoingWebhook(fresh(), after, "note " + ref + " after the long name"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select name from status_display_name where user_id in (?, ?)", String.class, user, after)).hasSize(2));
        String stored = jdbc.queryForObject("select name from status_display_name where user_id = ?", String.class, user);
        // the ledger's edge (ChatUser) and this column bound it; the column's bound holds whichever is lower
        assertThat(stored).hasSizeLessThanOrEqualTo(255).startsWith(longName.substring(0, 150));
        assertThat(parkedCount("status-notifications")).isZero();
    }

    @Test
    void anOversizedEventStoredBeforeTheLimitsIsParkedByLedgerToKafkaWhileTheIncidentsLaterEventsReachTheViews()
            throws Exception {
        String ref = declare("Oversized chat drill " + UUID.randomUUID());
        String messageId = "M" + UUID.randomUUID();
        appendToLedger(ref, (incident, number) -> new ChatMessageRecorded(incident, number, messageId, null,
                "x".repeat(1_200_000), new ChatOrigin(Platform.SLACK, "C0BIG", new ChatUser("U0BIG", "Big")),
                Instant.now()));
        webhook(outgoingWebhook(fresh(), "aad-ada", "update " + ref + " Update after the oversized message"));

        JsonNode parked = awaitParked("ledger-to-kafka", 1);
        assertThat(parked.path("errorClass").asText()).contains("RecordTooLargeException");
        assertThat(parked.path("position").isNumber()).isTrue();
        await().atMost(WAIT).untilAsserted(() -> assertThat(client.get("/").body())
                .contains("Update after the oversized message"));
        assertThat(health().at("/components/deadLetters/details/byProcessor/ledger-to-kafka").asLong()).isEqualTo(1);

        var again = admin("POST", "/api/admin/dead-letters/" + parked.path("id").asLong() + "/retry");
        assertThat(again.statusCode()).as("still too large: it stays parked").isEqualTo(409);
        assertThat(letter(parked.path("id").asLong()).path("attempts").asInt()).isEqualTo(3);
    }

    @Test
    void anUpdateThatWouldGrowTheStatusViewPastItsLimitIsParkedWhileTheUpdatesAfterItReachThePage()
            throws Exception {
        String ref = declare("Wordy incident " + UUID.randomUUID());
        String thread = awaitThreadOf(jdbc, ref, WAIT);
        // public updates are bounded (4,000 characters) by now: these come as an older version may have stored them
        for (String letter : List.of("a", "b", "c", "d")) {
            appendToLedger(ref, (incident, number) -> new PublicUpdatePosted(incident, number,
                    IncidentStatus.INVESTIGATING, letter.repeat(VIEW_LIMIT * 3 / 10), new ChatOrigin(Platform.TEAMS,
                    "19:incidents@thread.tacv2", new ChatUser("aad-ada", "Ada")), Instant.now()));
        }
        // chat has no such limit: a timeline is read from the ledger, whatever its size
        for (String letter : List.of("a", "b", "c", "d")) {
            var said = bot(message(FAKE.serviceUrl(), thread, fresh(), "aad-bob", letter.repeat(VIEW_LIMIT * 3 / 10)));
            assertThat(said.statusCode()).as(said.body()).isEqualTo(200);
        }
        webhook(outgoingWebhook(fresh(), "aad-ada", "update " + ref + " still folding after the big ones"));

        JsonNode parked = awaitParked("kafka-streams/incident-aggregates", 1);
        assertThat(parked.path("errorMessage").asText()).contains("past " + VIEW_LIMIT + " bytes");
        // incidents.json lists every update of an incident, as the status view holds them
        await().atMost(WAIT).untilAsserted(() -> assertThat(client.get("/api/v2/incidents.json").body())
                .contains("still folding after the big ones"));
        assertThat(client.get("/api/v2/incidents.json").body()).contains("c".repeat(1000))
                .doesNotContain("d".repeat(1000));
        var reader = new LedgerClient(port);
        await().atMost(WAIT).untilAsserted(() -> assertThat(reader.getAsReader("/api/incidents/" + ref + "/timeline")
                .body()).contains("d".repeat(1000)));
        assertThat(health().at("/components/deadLetters/details/byProcessor/kafka-streams~1incident-aggregates")
                .asLong()).isEqualTo(1);

        // the retry refolds the incident from the ledger, the parked update included: still past the limit
        var retried = admin("POST", "/api/admin/dead-letters/" + parked.path("id").asLong() + "/retry");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(409);
        assertThat(json.readTree(retried.body()).path("message").asText()).contains("ViewTooLarge");
        JsonNode stillParked = letter(parked.path("id").asLong());
        assertThat(stillParked.path("attempts").asInt()).isEqualTo(parked.path("attempts").asInt() + 1);
        assertThat(stillParked.path("errorMessage").asText()).contains(ref + " in incident-aggregates")
                .contains("past " + VIEW_LIMIT + " bytes");
        assertThat(client.get("/api/v2/incidents.json").body()).doesNotContain("d".repeat(1000));
    }

    @Test
    void unreadableRecordsOnTheLedgerTopicAndOnAViewTopicAreParkedWhileTheNextEventsReachTheViews() throws Exception {
        String ref = declare("Unreadable records " + UUID.randomUUID());
        String incident = incidentIdOf(ref);
        String onLedger = sendRaw(LedgerTopics.INCIDENT_EVENTS, incident, "{\"eventId\": [not a ledger event");
        // read by the global thread, which fills the status page's store
        String onViews = sendRaw(CurrentIncidentsTopology.VIEWS_TOPIC, UUID.randomUUID().toString(), "\u0000 no view");
        String text = "Update after the unreadable records " + UUID.randomUUID();
        webhook(outgoingWebhook(fresh(), "aad-ada", "update " + ref + " " + text));

        JsonNode ledgerLetter = awaitLetter("kafka-streams", onLedger);
        JsonNode viewLetter = awaitLetter("kafka-streams", onViews);
        assertThat(ledgerLetter.path("incidentId").asText()).isEqualTo(incident);
        assertThat(viewLetter.path("errorClass").asText()).isNotBlank();
        var reader = new LedgerClient(port);
        await().atMost(WAIT).untilAsserted(() -> assertThat(reader.get("/").body()).contains(text));
        await().atMost(WAIT).untilAsserted(() -> assertThat(reader.getAsReader("/api/incidents/" + ref + "/timeline")
                .body()).contains(text));
        assertThat(health().at("/components/deadLetters/details/byProcessor/kafka-streams").asLong())
                .isGreaterThanOrEqualTo(2);
        await().atMost(WAIT).untilAsserted(() -> assertThat(admin("GET", "/actuator/health/readiness").statusCode())
                .isEqualTo(200));

        // the retry refolds the record's incident from the ledger, within the limit: the row goes
        var retried = admin("POST", "/api/admin/dead-letters/" + ledgerLetter.path("id").asLong() + "/retry");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(parkedEventIds("kafka-streams")).doesNotContain(onLedger).contains(onViews);
        assertThat(reader.getAsReader("/api/incidents/" + ref + "/timeline").body()).contains(text);
    }

    @Test
    void aDocumentElasticsearchRefusesIsParkedByTheFlightRecorderWhileLaterEventsAreStillIndexed() throws Exception {
        String ref = declare("Far future drill " + UUID.randomUUID());
        String refusedWord = "farfuture" + UUID.randomUUID().toString().replace("-", "");
        // a year Elasticsearch's date field cannot take: it answers 400 for this document, every time
        String eventId = appendToLedger(ref, (incident, number) -> new InternalNoteAdded(incident, number,
                "noted " + refusedWord, new ChatOrigin(Platform.SLACK, "C0FAR", new ChatUser("U0FAR", "Far")),
                Instant.parse("+10000-01-01T00:00:00Z")));
        String laterWord = "indexed" + UUID.randomUUID().toString().replace("-", "");
        webhook(outgoingWebhook(fresh(), "aad-ada", "note " + ref + " " + laterWord));

        JsonNode parked = awaitLetter("flight-recorder", eventId);
        assertThat(parked.path("errorClass").asText()).contains("DeliveryFailure");
        assertThat(parked.path("errorMessage").asText()).contains("HTTP 400").contains("occurredAt");
        assertThat(parked.path("attempts").asInt()).isEqualTo(2);
        var reader = new LedgerClient(port);
        await().atMost(WAIT).untilAsserted(() -> assertThat(json.readTree(reader.getAsReader("/api/search?q="
                + laterWord).body()).path("total").asLong()).isEqualTo(1));
        assertThat(json.readTree(reader.getAsReader("/api/search?q=" + refusedWord).body()).path("total").asLong())
                .isZero();
        assertThat(health().at("/components/deadLetters/details/byProcessor/flight-recorder").asLong())
                .isGreaterThanOrEqualTo(1);

        var again = admin("POST", "/api/admin/dead-letters/" + parked.path("id").asLong() + "/retry");
        assertThat(again.statusCode()).as("still refused: it stays parked").isEqualTo(409);
        assertThat(letter(parked.path("id").asLong()).path("attempts").asInt()).isEqualTo(3);
    }

    private String incidentIdOf(String ref) {
        return jdbc.queryForObject("select incident_id from incident_directory where number = ?", String.class,
                Long.parseLong(ref.substring(4)));
    }

    /** Writes bytes no reader understands, as a foreign producer could; answers where they landed. */
    private String sendRaw(String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                environment.getRequiredProperty("spring.kafka.bootstrap-servers"));
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            var sent = producer.send(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8)))
                    .get(30, TimeUnit.SECONDS);
            return sent.topic() + "-" + sent.partition() + "@" + sent.offset();
        }
    }

    private JsonNode awaitLetter(String processor, String eventId) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(WAIT).untilAsserted(() -> {
            for (JsonNode letter : json.readTree(admin("GET", "/api/admin/dead-letters?size=200").body())
                    .path("deadLetters")) {
                if (letter.path("processor").asText().equals(processor)
                        && letter.path("eventId").asText().equals(eventId)) {
                    found[0] = letter;
                }
            }
            assertThat(found[0]).as(processor + " parks " + eventId).isNotNull();
        });
        return found[0];
    }

    private List<String> parkedEventIds(String processor) {
        return jdbc.queryForList("select event_id from dead_letter where processor = ?", String.class, processor);
    }

    private HttpResponse<String> bot(String activity) {
        return client.postJson("/api/messages", activity);
    }

    private String appendToLedger(String ref, java.util.function.BiFunction<IncidentId, IncidentRef, IncidentEvent> event) {
        String incident = jdbc.queryForObject("select incident_id from incident_directory where number = ?",
                String.class, Long.parseLong(ref.substring(4)));
        // the Teams thread is linked by a command of its own, the incident's last: appended after it, no collision
        await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from incident_channel where "
                + "incident_id = ? and channel_id like '19:incidents%'", Integer.class, incident) == 1);
        var last = jdbc.queryForMap("select type, max(sequencenumber) as seq from domainevententry "
                + "where aggregateidentifier = ? group by type", incident);
        var payload = event.apply(IncidentId.of(incident), new IncidentRef(Long.parseLong(ref.substring(4))));
        var message = new GenericDomainEventMessage<>((String) last.get("type"), incident,
                ((Number) last.get("seq")).longValue() + 1, payload);
        storage.appendEvents(message);
        return message.getIdentifier();
    }

    private long parkedCount(String processor) {
        return jdbc.queryForObject("select count(*) from dead_letter where processor = ?", Long.class, processor);
    }

    @Test
    void theAdminListNeedsTheAdminTokenAndAValidPage() throws Exception {
        var anonymous = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/admin/dead-letters")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        var badPage = admin("GET", "/api/admin/dead-letters?size=100000");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badPage.body()).path("error").asText()).isEqualTo("bad_parameter");
    }

    private JsonNode awaitParked(String processor, int count) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode page = json.readTree(admin("GET", "/api/admin/dead-letters").body());
            assertThat(page.path("byProcessor").path(processor).asInt()).isEqualTo(count);
            for (JsonNode letter : page.path("deadLetters")) {
                if (letter.path("processor").asText().equals(processor)) {
                    found[0] = letter;
                }
            }
        });
        return found[0];
    }

    private JsonNode letter(long id) throws Exception {
        for (JsonNode letter : json.readTree(admin("GET", "/api/admin/dead-letters").body()).path("deadLetters")) {
            if (letter.path("id").asLong() == id) {
                return letter;
            }
        }
        throw new AssertionError("No dead letter " + id);
    }

    private JsonNode health() throws Exception {
        return json.readTree(admin("GET", "/actuator/health").body());
    }

    private String declare(String title) throws Exception {
        return declareAs("aad-ada", title);
    }

    private String declareAs(String user, String title) throws Exception {
        var declared = webhook(outgoingWebhook(fresh(), user, "declare " + title));
        return refIn(json.readTree(declared.body()).path("text").asText());
    }

    private HttpResponse<String> webhook(String body) {
        return client.postJson("/teams/webhook", body, "Authorization", "HMAC " + signature(WEBHOOK_SECRET, body));
    }

    private HttpResponse<String> admin(String method, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String fresh() {
        return Long.toString(System.nanoTime());
    }
}
