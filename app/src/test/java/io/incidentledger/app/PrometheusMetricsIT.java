package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.PrometheusScrape;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.projections.metrics.IncidentMetricSnapshots;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.hawkular.agent.prometheus.types.Histogram;
import org.hawkular.agent.prometheus.types.Metric;
import org.hawkular.agent.prometheus.types.MetricFamily;
import org.hawkular.agent.prometheus.types.MetricType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /actuator/prometheus as Prometheus reads it: the ledger's own series, typed, described and promtool-clean. */
@AppOnLocalServers
class PrometheusMetricsIT extends RunningApp {

    private static final String LAG = "incident_ledger_processor_lag_events";
    private static final Map<String, MetricType> LEDGER_SERIES = Map.of(
            "incident_ledger_incidents_declared_total", MetricType.COUNTER,
            "incident_ledger_incidents_resolved_total", MetricType.COUNTER,
            "incident_ledger_incidents_open", MetricType.GAUGE,
            "incident_ledger_time_to_acknowledge_seconds", MetricType.HISTOGRAM,
            "incident_ledger_time_to_mitigate_seconds", MetricType.HISTOGRAM,
            "incident_ledger_time_to_resolve_seconds", MetricType.HISTOGRAM);

    @Autowired
    CommandGateway commands;
    // the token the read APIs and Prometheus may ask for (blank: they are open in this context)
    @Autowired
    AppProperties properties;

    @Test
    void everyLedgerSeriesIsTypedDescribedAndNamedTheWayPromtoolAsks() throws Exception {
        new RetroScript(commands, "C0METRICS").run("Metrics are typed");

        scrapedOnceViewsAreReady();
        // a processor's lag appears once it has claimed its segments
        await().atMost(Duration.ofSeconds(60)).until(() -> PrometheusScrape.parse(scrape()).containsKey(LAG));
        Map<String, MetricFamily> families = PrometheusScrape.parse(scrape());
        assertThat(families.get(LAG).getType()).isEqualTo(MetricType.GAUGE);
        assertThat(families.get(LAG).getMetrics()).extracting(metric -> metric.getLabels().get("processor"))
                .contains("ledger-to-kafka");
        LEDGER_SERIES.forEach((name, type) -> assertThat(families.get(name).getType()).as(name).isEqualTo(type));
        families.values().stream().filter(family -> family.getName().startsWith("incident_ledger_")).forEach(family -> {
            assertThat(family.getHelp()).as("HELP of " + family.getName()).isNotBlank();
            assertThat(family.getName()).as("promtool: no abbreviated units").doesNotContainPattern("_(ms|ns|us|secs?)(_|$)");
            assertThat(family.getName().endsWith("_total")).as("promtool: _total only on counters, " + family.getName())
                    .isEqualTo(family.getType() == MetricType.COUNTER);
        });
        assertThat(families.get("incident_ledger_incidents_declared_total").getMetrics())
                .extracting(metric -> metric.getLabels().get("severity")).containsExactly("SEV1", "SEV2", "SEV3", "SEV4");
    }

    @Test
    void theGrafanaDashboardChartsOnlySeriesTheLedgerExposesWithStandardPanelsAndTheDataSourceVariable() throws Exception {
        new RetroScript(commands, "C0METRICS").run("Charted");
        scrapedOnceViewsAreReady();
        await().atMost(Duration.ofSeconds(60)).until(() -> PrometheusScrape.parse(scrape()).containsKey(LAG));
        var families = PrometheusScrape.parse(scrape());
        JsonNode dashboard = new ObjectMapper().readTree(Path.of("..", "deploy", "grafana", "incident-ledger.json").toFile());

        Set<String> charted = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("type").asText()).as(panel.path("title").asText()).isIn("row", "stat", "timeseries");
            if (!panel.path("type").asText().equals("row")) {
                assertThat(panel.at("/datasource/uid").asText()).isEqualTo("${DS_PROMETHEUS}");
            }
            for (JsonNode target : panel.path("targets")) {
                Matcher names = Pattern.compile("incident_ledger_[a-z_]+").matcher(target.path("expr").asText());
                while (names.find()) {
                    charted.add(names.group().replaceAll("_(bucket|sum|count)$", ""));
                }
            }
        }
        assertThat(dashboard.at("/templating/list/0/type").asText()).isEqualTo("datasource");
        assertThat(charted).hasSizeGreaterThanOrEqualTo(7).allSatisfy(name -> assertThat(families).containsKey(name));
    }

    @Test
    void aResolvedIncidentLandsInTheBucketsOfItsDurationsFromAMinuteToADay() throws Exception {
        var ready = scrapedOnceViewsAreReady();
        Histogram before = histogram(ready, "incident_ledger_time_to_resolve_seconds", "SEV2");
        double declaredBefore = counter(ready, "incident_ledger_incidents_declared_total", "SEV2");

        new RetroScript(commands, "C0METRICS").run("Resolved in three hours");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var families = PrometheusScrape.parse(scrape());
            Histogram after = histogram(families, "incident_ledger_time_to_resolve_seconds", "SEV2");
            assertThat(after.getBuckets()).extracting(Histogram.Bucket::getUpperBound)
                    .containsExactly(Arrays.stream(IncidentMetricSnapshots.BUCKETS).boxed().toArray(Double[]::new));
            // resolved 180 minutes after it was declared: above the 2 h bound, within the 4 h one
            assertThat(cumulative(after, 14400) - cumulative(before, 14400)).isGreaterThanOrEqualTo(1);
            // sums are doubles: the difference of two large ones can come out a hair under 10,800
            assertThat(after.getSampleSum() - before.getSampleSum()).isGreaterThanOrEqualTo(10800 - 1e-6);
            assertThat(counter(families, "incident_ledger_incidents_declared_total", "SEV2")).isGreaterThan(declaredBefore);
        });
    }

    /** The view-backed series are left out of a scrape until their views answer. */
    private Map<String, MetricFamily> scrapedOnceViewsAreReady() {
        var scraped = new AtomicReference<Map<String, MetricFamily>>();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            scraped.set(PrometheusScrape.parse(scrape()));
            assertThat(LEDGER_SERIES.keySet().stream().filter(name -> !scraped.get().containsKey(name)))
                    .as("ledger series missing from the scrape").isEmpty();
        });
        return scraped.get();
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

    private static Histogram histogram(Map<String, MetricFamily> families, String name, String severity) {
        return (Histogram) withSeverity(families, name, severity);
    }

    private static double counter(Map<String, MetricFamily> families, String name, String severity) {
        return ((org.hawkular.agent.prometheus.types.Counter) withSeverity(families, name, severity)).getValue();
    }

    private static Metric withSeverity(Map<String, MetricFamily> families, String name, String severity) {
        // a view-backed series is left out of a scrape while its view restarts: an assertion, so that a wait retries
        assertThat(families).as("series in the scrape").containsKey(name);
        return families.get(name).getMetrics().stream().filter(m -> severity.equals(m.getLabels().get("severity")))
                .findFirst().orElseThrow(() -> new AssertionError(name + " has no severity=" + severity));
    }

    private static long cumulative(Histogram histogram, double le) {
        return histogram.getBuckets().stream().filter(b -> b.getUpperBound() == le).findFirst().orElseThrow()
                .getCumulativeCount();
    }
}
