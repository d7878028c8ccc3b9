package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.api.LedgerTopics;
import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.id.Severity;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.localservers.LocalServers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/** The flight recorder on real Kafka and Elasticsearch: filters, highlights, facets, paging, re-delivery, outage. */
@AppOnLocalServers
class SearchIT extends RunningApp {

    private static final Duration RECORDER = Duration.ofSeconds(90);

    @Autowired
    CommandGateway commands;
    @Autowired
    KafkaTemplate<String, LedgerEvent> ledgerEventKafkaTemplate;
    @Autowired
    KafkaAdmin kafkaAdmin;
    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void wordsAndFiltersFindHighlightedHitsWithFacetsPagedWithoutGapsOrRepeats() throws Exception {
        var script = new RetroScript(commands, "C0SEARCH");
        IncidentRef ref = script.declare("Zanzibar cache stampede");
        for (int i = 1; i <= 5; i++) {
            script.message("z" + i, "zanzibar shard " + i + " is hot", i % 2 == 0, RetroScript.at(i));
        }
        script.note("unrelated words", RetroScript.at(9));
        awaitRecorded(ref);

        JsonNode all = search("q=zanzibar&incident=" + ref);
        assertThat(all.path("total").asLong()).isEqualTo(6);
        assertThat(all.path("hits")).allSatisfy(hit -> assertThat(hit.path("highlights").get(0).asText())
                .containsIgnoringCase("<em>zanzibar</em>"));
        assertThat(all.path("facets").path("author").path("ada").asLong()).isEqualTo(4);
        assertThat(all.path("facets").path("author").path("bob").asLong()).isEqualTo(2);
        assertThat(all.path("facets").path("kind").path("chat_message_recorded").asLong()).isEqualTo(5);
        assertThat(search("q=zanzibar&incident=" + ref + "&author=bob").path("total").asLong()).isEqualTo(2);
        assertThat(search("q=zanzibar&incident=" + ref + "&kind=incident_declared").path("total").asLong()).isEqualTo(1);
        assertThat(search("incident=" + ref + "&from=" + RetroScript.at(2) + "&to=" + RetroScript.at(4)).path("total").asLong())
                .isEqualTo(2);
        assertThat(search("q=zanzibar&incident=" + ref + "&platform=teams").path("total").asLong()).isZero();

        List<String> paged = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = search("q=zanzibar&incident=" + ref + "&sort=time&size=2" + (after == null ? "" : "&after=" + after));
            page.path("hits").forEach(hit -> paged.add(hit.path("text").asText()));
            after = page.path("next").isNull() ? null : page.path("next").asText();
        } while (after != null);
        assertThat(paged).containsExactly("zanzibar shard 5 is hot", "zanzibar shard 4 is hot", "zanzibar shard 3 is hot",
                "zanzibar shard 2 is hot", "zanzibar shard 1 is hot", "Zanzibar cache stampede");
    }

    @Test
    void theOpenApiDocsDescribeTheSearchRetrospectiveAndReplayEndpoints() throws Exception {
        JsonNode paths = json.readTree(client.getAsReader("/v3/api-docs").body()).path("paths");

        for (String path : List.of("/api/search", "/api/incidents", "/api/incidents/{ref}", "/api/incidents/{ref}/timeline",
                "/api/incidents/{ref}/review.md", "/api/metrics", "/api/admin/replay")) {
            assertThat(paths.path(path).toString()).as(path).contains("\"summary\"");
        }
    }

    @Test
    void badSearchParametersAreBadRequestsThatSayWhy() throws Exception {
        for (String query : List.of("q=x&sort=loudest", "q=x&from=yesterday", "q=x&after=bogus!", "incident=INC-x", "q=x&size=0")) {
            var response = client.getAsReader("/api/search?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json.readTree(response.body()).path("message").asText()).as(query).isNotBlank();
        }
    }

    @Test
    void theLiveIndexRefreshesAsOftenAsConfiguredNotAtElasticsearchsDefault() throws Exception {
        IncidentRef ref = new RetroScript(commands, "C0REFRESH").declare("Refreshing wombat");
        awaitRecorded(ref);
        // read through the alias, as every search is: the setting belongs to whichever generation is live
        var settings = elasticsearch.indices().getSettings(g -> g.index("flight-recorder")).result();
        assertThat(settings).hasSize(1);
        assertThat(settings.values().iterator().next().settings().index().refreshInterval().time()).isEqualTo("200ms");
    }

    @Test
    void aRedeliveredEventDoesNotDuplicateItsDocument() throws Exception {
        var script = new RetroScript(commands, "C0REDELIVER");
        IncidentRef ref = script.declare("Redelivered quokka");
        awaitRecorded(ref);
        String declaredId = jdbc.queryForObject("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND sequencenumber = 0", String.class, script.id().value());
        JsonNode declaredHit = search("incident=" + ref + "&kind=incident_declared").path("hits").get(0);

        var again = new LedgerEvent(declaredId, script.id(), 0, RetroScript.T0, new IncidentDeclared(script.id(), ref,
                "Redelivered quokka", Severity.SEV2, new ChatOrigin(Platform.SLACK, "C0REDELIVER",
                        new ChatUser("U0ADA", "ada")), RetroScript.T0));
        ledgerEventKafkaTemplate.executeInTransaction(kafka -> kafka.send(LedgerTopics.INCIDENT_EVENTS, script.id().value(), again))
                .get(30, TimeUnit.SECONDS);
        // same key, same partition: once this later note is searchable, the re-delivery has been handled
        script.note("after the redelivery", RetroScript.at(1));
        awaitRecorded(ref);

        assertThat(declaredHit.path("eventId").asText()).isEqualTo(declaredId);
        assertThat(search("incident=" + ref + "&kind=incident_declared").path("total").asLong()).isEqualTo(1);
    }

    @Test
    void eventsAppendedWhileElasticsearchIsUnreachableAreAllSearchableAfterwards() throws Exception {
        var script = new RetroScript(commands, "C0OUTAGE");
        IncidentRef ref = script.declare("Outage of the recorder itself");
        awaitRecorded(ref);
        long pid = LocalServers.elasticsearchPid().orElseThrow();
        try {
            signal("STOP", pid);
            for (int i = 1; i <= 6; i++) {
                script.note("written during the outage " + i, RetroScript.at(i));
            }
            assertThat(ledgerCount(script)).isEqualTo(9);
            // longer than the client's 10 s socket timeout: the feed's bulk request failed and is being retried
            await().during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(30))
                    .until(() -> flightRecorderLag() > 0);
        } finally {
            signal("CONT", pid);
        }

        awaitRecorded(ref);
        assertThat(search("q=outage&incident=" + ref + "&kind=internal_note_added").path("total").asLong()).isEqualTo(6);
    }

    /** Events on the topic that the flight-recorder feed has not yet committed as stored. */
    private long flightRecorderLag() throws Exception {
        try (var admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("flight-recorder")
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(LedgerTopics.INCIDENT_EVENTS)).allTopicNames().get()
                    .get(LedgerTopics.INCIDENT_EVENTS).partitions()
                    .forEach(p -> latest.put(new TopicPartition(LedgerTopics.INCIDENT_EVENTS, p.partition()), OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        }
    }

    private void awaitRecorded(IncidentRef ref) {
        String id = jdbc.queryForObject("SELECT incident_id FROM incident_directory WHERE number = ?", String.class, ref.number());
        await().atMost(RECORDER).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(search("incident=" + ref).path("total").asLong()).isEqualTo(ledgerCount(id)));
    }

    private long ledgerCount(RetroScript script) {
        return ledgerCount(script.id().value());
    }

    private long ledgerCount(String incidentId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE 'io.incidentledger.api.event.%'", Long.class, incidentId);
    }

    private JsonNode search(String query) throws Exception {
        var response = client.getAsReader("/api/search?" + query.replace("+", URLEncoder.encode("+", StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    // freezing the launcher and its JVM is, for the client, exactly an unreachable server
    private static void signal(String signal, long pid) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal, Long.toString(pid)));
        ProcessHandle.of(pid).orElseThrow().descendants().forEach(child -> command.add(Long.toString(child.pid())));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }
}
