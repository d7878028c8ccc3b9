package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.PrometheusScrape;
import io.incidentledger.app.testdata.RunningApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.hawkular.agent.prometheus.types.MetricFamily;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The series the next profile needs beside the benchmarks (issue 15): Kafka Streams' end-to-end, commit and
 * process latencies and the global consumer's lag, bound by spring-kafka's KafkaStreamsMicrometerListener
 * (Spring Boot's Kafka metrics auto-configuration adds it to the StreamsBuilderFactoryBean), and Hikari's
 * pending connections (Boot's pool metrics through Hikari's metrics tracker).
 */
@AppOnLocalServers
class StreamsAndPoolMetricsIT extends RunningApp {

    private static final List<String> STREAMS_SERIES = List.of(
            "kafka_stream_processor_node_record_e2e_latency_max",
            "kafka_stream_thread_commit_latency_max",
            "kafka_stream_thread_process_latency_max");

    @Autowired
    CommandGateway commands;
    @Autowired
    AppProperties properties;

    @Test
    void streamsLatenciesTheGlobalConsumersLagAndHikarisPendingConnectionsAreScraped() throws Exception {
        // end-to-end latency is recorded per source node once records flow through it
        new RetroScript(commands, "C0STREAMSMETRICS").run("Streams metrics are bound");

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            var families = PrometheusScrape.parse(scrape());
            assertThat(families).containsKeys(STREAMS_SERIES.toArray(String[]::new));
            assertThat(families).containsKey("hikaricp_connections_pending");
            // per partition, as bench's PipelineLag sums it, and the window's maximum per client
            for (String name : List.of("kafka_consumer_fetch_manager_records_lag", "kafka_consumer_fetch_manager_records_lag_max")) {
                MetricFamily lag = families.get(name);
                assertThat(lag).as(name).isNotNull();
                assertThat(lag.getMetrics()).extracting(metric -> metric.getLabels().get("client_id"))
                        .anySatisfy(client -> assertThat(client).endsWith("-global-consumer"));
            }
            assertThat(families.get("kafka_consumer_fetch_manager_records_lag").getMetrics())
                    .anySatisfy(metric -> assertThat(metric.getLabels()).containsKeys("partition", "topic"));
        });
    }

    private String scrape() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
        String apiToken = properties.apiToken();
        if (apiToken != null && !apiToken.isBlank()) {
            request.header("Authorization", "Bearer " + apiToken);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
