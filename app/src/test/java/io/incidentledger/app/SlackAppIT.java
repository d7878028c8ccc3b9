package io.incidentledger.app;

import static io.incidentledger.app.testdata.SlackPayloads.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.api.event.IncidentStatusChanged;
import io.incidentledger.app.testdata.FakeSlack;
import io.incidentledger.app.testdata.LedgerClient;
import io.incidentledger.app.testdata.LedgerEvents;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.status.NotificationRouteProperties;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.history.PageHistory;
import io.incidentledger.status.names.DisplayNames;
import io.incidentledger.status.notify.NotificationDispatcher;
import io.incidentledger.status.notify.NotificationOutbox;
import io.incidentledger.status.notify.NotificationPlanner;
import io.incidentledger.status.notify.RouteSender;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slack with a bot token, against a local fake Web API: the form, the channel, the headline, the flight recorder, and
 * a status notification to a Slack route through the same client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "slack.bot-token=xoxb-test-token", "slack.announcements-channel=C0ANNOUNCE", "ledger.core.components=API,Checkout"})
class SlackAppIT extends RunningApp {

    private static final Duration SLACK = Duration.ofSeconds(90);
    private static final String ADA = "U0ADA";
    @RegisterExtension
    static final FakeSlack FAKE = FakeSlack.start();

    @Autowired
    EventProcessingConfiguration processors;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    PageHistory history;
    @Autowired
    DisplayNames names;
    @Autowired
    RouteSender routeSender;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DeadLetters deadLetters;

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        registry.add("slack.api-url", FAKE::apiUrl);
    }

    @BeforeEach
    void setUp() {
        FAKE.down(false);
    }

    @Test
    void theFormDeclaresAndTheChannelsConversationBecomesTheFlightRecord() throws Exception {
        assertThat(client.slashCommandAs(ADA, "C0GENERAL", "").statusCode()).isEqualTo(200);
        await().atMost(SLACK).until(() -> FAKE.calls("views.open").stream().anyMatch(c -> c.params().get("view").contains("declare_incident")));

        var submitted = client.postInteraction(declareFormSubmission(ADA, "C0GENERAL", "V0FORM1", "Checkout is failing", "2",
                "Card payments fail", "Checkout"));
        assertThat(submitted.statusCode()).isEqualTo(200);
        String channel = awaitChannel("Checkout is failing");
        String ref = refOf(channel);
        await().atMost(SLACK).untilAsserted(() -> {
            assertThat(FAKE.calls("conversations.create")).anySatisfy(c -> assertThat(c.params().get("name")).endsWith("-checkout-is-failing"));
            assertThat(FAKE.calls("conversations.setTopic")).anySatisfy(c -> assertThat(c.params().get("channel")).isEqualTo(channel));
            assertThat(FAKE.calls("conversations.invite")).anySatisfy(c -> assertThat(c.params().get("users")).contains(ADA));
            assertThat(FAKE.calls("pins.add")).anySatisfy(c -> assertThat(c.params().get("channel")).isEqualTo(channel));
            assertThat(FAKE.calls("chat.postMessage")).anySatisfy(c -> {
                assertThat(c.params().get("channel")).isEqualTo("C0ANNOUNCE");
                assertThat(c.params().get("text")).contains(ref, "<#" + channel + ">");
            });
        });

        post("Ev1", message(channel, ADA, "1700000100.000100", "db connections exhausted"), 0);
        post("Ev2", threadReply(channel, "U0BOB", "1700000110.000100", "1700000100.000100", "pool at 100 percent"), 0);
        post("Ev3", message(channel, ADA, "1700000120.000100", "restarting pods"), 0);
        post("Ev4", messageChanged(channel, ADA, "1700000120.000100", "restarting pods", "restarting api pods", "1700000125.000100"), 0);
        post("Ev5", message(channel, "U0BOB", "1700000130.000100", "wrong channel sorry"), 0);
        post("Ev6", messageDeleted(channel, "U0BOB", "1700000130.000100", "wrong channel sorry", "1700000131.000100"), 0);
        post("Ev7", pinAdded(channel, ADA, "1700000100.000100", "db connections exhausted", "1700000200.000100"), 0);
        post("Ev8", reactionAdded(channel, "U0BOB", "1700000120.000100", "pushpin", "1700000210.000100"), 0);
        post("Ev9", botMessage(channel, "1700000220.000100", "headline"), 0);

        assertThat(events(ref, "ChatMessageRecorded")).isEqualTo(4);
        assertThat(events(ref, "ChatMessageEdited")).isEqualTo(1);
        assertThat(payloadOf(ref, "ChatMessageEdited")).contains("\"previousText\":\"restarting pods\"", "\"text\":\"restarting api pods\"");
        assertThat(events(ref, "ChatMessageDeleted")).isEqualTo(1);
        assertThat(events(ref, "MessagePinned")).isEqualTo(1);
        assertThat(payloadOf(ref, "MessagePinned")).contains("\"messageAt\":\"2023-11-14T22:15:00.000100Z\"");
        assertThat(events(ref, "ReactionAdded")).isEqualTo(1);
        await().atMost(SLACK).untilAsserted(() -> assertThat(client.getAsReader("/api/search?q=exhausted").body()).contains(ref));

        int updatesBefore = FAKE.calls("chat.update").size();
        var status = client.slashCommandAs(ADA, channel, "status identified Connection pool too small");
        assertThat(json.readTree(status.body()).path("text").asText()).isEqualTo(ref + " is now identified: Connection pool too small");
        await().atMost(SLACK).untilAsserted(() -> assertThat(FAKE.calls("chat.update")).hasSizeGreaterThan(updatesBefore)
                .last().satisfies(c -> assertThat(c.params().get("blocks")).contains("identified")));

        var ack = client.postInteraction(buttonClick(ADA, channel, "incident_ack", ref, FAKE.responseUrl("ack")));
        assertThat(ack.statusCode()).isEqualTo(200);
        await().atMost(SLACK).untilAsserted(() -> assertThat(FAKE.calls("response_url"))
                .anySatisfy(c -> assertThat(c.body()).contains(ref + " acknowledged")));
    }

    @Test
    void aRetriedDeliveryHasOneEffect() throws Exception {
        String channel = declareWithCommand("Retried delivery");
        String ref = refOf(channel);

        post("EvRetry1", message(channel, ADA, "1700000300.000100", "first try"), 0);
        post("EvRetry1", message(channel, ADA, "1700000300.000100", "first try"), 1);

        assertThat(events(ref, "ChatMessageRecorded")).isEqualTo(1);
    }

    @Test
    void urlVerificationIsAnsweredWithTheChallenge() {
        var response = client.postEvent("{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}", 0);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void aFormWithoutATitleIsAnsweredInlineAndDeclaresNothing() {
        long before = jdbc.queryForObject("SELECT count(*) FROM incident_directory", Long.class);

        var response = client.postInteraction(declareFormSubmission(ADA, "C0GENERAL", "V0FORM2", null, "3", "x", "API"));

        assertThat(response.body()).contains("\"response_action\":\"errors\"", "\"title\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM incident_directory", Long.class)).isEqualTo(before);
    }

    @Test
    void aFormNamingSomeoneElseAsLeadDeclaresWithItsSummaryAndImpactInTheSameDeclaration() {
        String title = "Form with texts " + fresh();

        var response = client.postInteraction(declareFormSubmission("U0EVE", "C0GENERAL", "V0" + fresh(), title, "2",
                "Card payments fail", "EU customers cannot pay", "U0BOB", "Checkout"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("response_action");
        String ref = await().atMost(SLACK).until(() -> refsTitled(title), found -> !found.isEmpty()).get(0);
        assertThat(payloadOf(ref, "RoleAssigned")).contains("\"U0BOB\"");
        assertThat(payloadOf(ref, "SummaryChanged")).contains("\"to\":\"Card payments fail\"");
        assertThat(payloadOf(ref, "ImpactChanged")).contains("\"to\":\"EU customers cannot pay\"");
        assertThat(events(ref, "ComponentStatusChanged")).isEqualTo(1);
    }

    @Test
    void aFormWithAComponentTheLedgerDoesNotKnowIsAnsweredInlineAndDeclaresNothing() throws Exception {
        String title = "Form with unknown component " + fresh();
        long before = jdbc.queryForObject("SELECT count(*) FROM incident_directory", Long.class);

        var response = client.postInteraction(declareFormSubmission("U0EVE", "C0GENERAL", "V0" + fresh(), title, "2",
                "Mainframe is down", null, null, "Mainframe"));

        var body = json.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        assertThat(body.path("errors").path("title").asText())
                .isEqualTo("There is no component called 'Mainframe'. Known components: API, Checkout.");
        assertThat(refsTitled(title)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM incident_directory", Long.class)).isEqualTo(before);
    }

    @Test
    void aTakenChannelNameGetsASuffixAndRateLimitsAreWaitedOut() throws Exception {
        FAKE.nameTakenNext(1);
        FAKE.rateLimitNext(2);

        String channel = declareWithCommand("Name clash");

        assertThat(FAKE.calls("conversations.create")).anySatisfy(c -> assertThat(c.params().get("name")).endsWith("-name-clash-2"));
        assertThat(FAKE.calls("pins.add")).anySatisfy(c -> assertThat(c.params().get("channel")).isEqualTo(channel));
    }

    @Test
    void whileSlackIsDownTheLedgerStillRecordsAndTheHeadlineArrivesLaterEvenAfterARestart() throws Exception {
        String channel = declareWithCommand("Slack outage drill");
        String ref = refOf(channel);
        FAKE.down(true);

        var reply = client.slashCommandAs(ADA, channel, "severity 1");

        assertThat(json.readTree(reply.body()).path("text").asText()).isEqualTo(ref + " severity SEV3 → SEV1.");
        assertThat(events(ref, "SeverityChanged")).isEqualTo(1);
        // the processor's durable token is all a restart has: stop it, start it again, then bring Slack back
        var outbound = processors.eventProcessor("slack-outbound", TrackingEventProcessor.class).orElseThrow();
        outbound.shutDown();
        outbound.start();
        FAKE.down(false);
        await().atMost(SLACK).untilAsserted(() -> assertThat(FAKE.calls("chat.update"))
                .anySatisfy(c -> assertThat(c.params().get("blocks")).contains(ref, "SEV1")));
    }

    @Test
    void aSlackNotificationRouteIsPostedByTheOneSlackClientAndAChannelSlackRefusesIsParked() throws Exception {
        String ref = refOf(declareWithCommand("Notified in Slack"));
        String ops = "C0OPS" + System.nanoTime();
        String gone = "C0GONE" + System.nanoTime();
        FAKE.unknownChannel(gone);
        var notifications = new StatusPageProperties.Notifications(List.of(
                new NotificationRouteProperties("it-" + ops, "slack", ops, null),
                new NotificationRouteProperties("it-" + gone, "slack", gone, null)), Map.of(), Duration.ofHours(1),
                Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(400));
        var page = new StatusPageProperties("it", "IT status", "http://localhost:" + port,
                new StatusPageProperties.Export(null, Duration.ofSeconds(2)), notifications);
        var planner = new NotificationPlanner(outbox, history, names, page, json, Clock.systemUTC());
        var dispatcher = new NotificationDispatcher(outbox, routeSender, notifications,
                new TransactionTemplate(transactions), deadLetters, Clock.systemUTC());

        client.slashCommandAs(ADA, "C0GENERAL", "status " + ref + " identified Pool & <!here> exhausted");
        String incidentId = jdbc.queryForObject("SELECT incident_id FROM incident_directory WHERE number = ?",
                String.class, Long.parseLong(ref.substring("INC-".length())));
        for (var message : storage.readEvents(incidentId).asStream().toList()) {
            if (message.getPayload() instanceof IncidentStatusChanged changed) {
                planner.on(changed, message.getIdentifier(), message.getTimestamp(), message.getSequenceNumber());
            }
        }

        String parked = "SELECT error_message FROM dead_letter WHERE processor = ? AND event_id LIKE ?";
        await().atMost(SLACK).untilAsserted(() -> {
            dispatcher.dispatchDue();
            assertThat(FAKE.calls("chat.postMessage")).filteredOn(c -> ops.equals(c.params().get("channel")))
                    .singleElement().satisfies(c -> assertThat(c.params().get("text"))
                            .contains(ref, "Pool &amp; &lt;!here&gt; exhausted").doesNotContain("<!here>"));
            assertThat(jdbc.queryForList(parked, String.class, NotificationDispatcher.PROCESSOR, "%/it-" + gone))
                    .singleElement().asString().contains("channel_not_found");
        });
    }

    private String declareWithCommand(String title) throws Exception {
        var reply = client.slashCommandAs(ADA, "C0GENERAL", "declare " + title);
        assertThat(reply.body()).contains("declared");
        return awaitChannel(title);
    }

    private String awaitChannel(String title) {
        String[] channel = new String[1];
        await().atMost(SLACK).untilAsserted(() -> assertThat(FAKE.calls("chat.postMessage")).anySatisfy(c -> {
            assertThat(c.params().get("channel")).startsWith("C0INC");
            assertThat(c.params().get("text")).contains(title);
            channel[0] = c.params().get("channel");
        }));
        await().atMost(SLACK).until(() -> refOrNull(channel[0]) != null);
        return channel[0];
    }

    private void post(String eventId, String event, int retry) {
        var response = client.postEvent(eventCallback(eventId, event), retry);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String refOf(String channel) {
        return refOrNull(channel);
    }

    private String refOrNull(String channel) {
        return jdbc.query("SELECT d.number FROM incident_channel c JOIN incident_directory d ON d.incident_id = c.incident_id "
                + "WHERE c.platform = 'SLACK' AND c.channel_id = ?", (row, n) -> "INC-" + row.getLong(1), channel)
                .stream().findFirst().orElse(null);
    }

    private List<String> refsTitled(String title) {
        return jdbc.queryForList("SELECT 'INC-' || number FROM incident_directory WHERE title = ?", String.class, title);
    }

    private static String fresh() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private long events(String ref, String type) {
        return LedgerEvents.count(jdbc, ref, type);
    }

    private String payloadOf(String ref, String type) {
        return LedgerEvents.firstPayload(jdbc, eventSerializer, ref, type);
    }

    static final Pattern REF = Pattern.compile("INC-\\d+");
}
