package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.LedgerClient;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Polled from before the app listens: whenever health or readiness says UP (200; 503 is OUT_OF_SERVICE or DOWN),
 * summary.json answers 200. The app is started here rather than by a cached test context, so the moments before its
 * views are ready are observed too.
 */
class ReadinessIT {

    @Test
    void healthAndReadinessSayUpOnlyOnceTheStatusPageCanServe() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // arguments, not default properties: application.properties' server.port would win over those
        var app = CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(IncidentLedgerApplication.class)
                .run("--server.port=" + port, "--ledger.local.ephemeral=true",
                        "--slack.signing-secret=" + LedgerClient.SECRET, "--ledger.projections.state-dir="));
        var client = new LedgerClient(port);
        List<String> samples = new ArrayList<>();
        List<String> contradictions = new ArrayList<>();
        try {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(50)).until(() -> {
                if (app.isCompletedExceptionally()) {
                    app.join();
                }
                String health = status(client, "/actuator/health");
                String readiness = status(client, "/actuator/health/readiness");
                String summary = status(client, "/api/v2/summary.json");
                String healthAfter = status(client, "/actuator/health");
                samples.add(health + "/" + readiness + " summary " + summary);
                // UP on both sides of the summary's 503: a rebalance in between would show as a status change
                if (summary.equals("503") && (health.equals("200") && healthAfter.equals("200")
                        || readiness.equals("200") && healthAfter.equals("200"))) {
                    contradictions.add(samples.get(samples.size() - 1));
                }
                return samples.stream().filter(sample -> sample.equals("200/200 summary 200")).count() >= 20;
            });
        } catch (org.awaitility.core.ConditionTimeoutException notReady) {
            throw new AssertionError("never ready: " + runs(samples) + "; health: "
                    + client.getAsReader("/actuator/health").body(), notReady);
        } finally {
            app.thenAccept(ConfigurableApplicationContext::close).join();
        }

        System.out.println("ReadinessIT samples, in order: " + runs(samples));
        assertThat(contradictions).as("health said UP while summary.json answered 503; samples: %s", runs(samples))
                .isEmpty();
        assertThat(samples).as("the app was observed listening but not yet ready").anyMatch(sample -> sample.startsWith("503"));
    }

    /** "down ×40, 503/503 summary 503 ×12, …": the samples as runs, to show what was observed. */
    private static String runs(List<String> samples) {
        var runs = new StringBuilder();
        for (int i = 0, start = 0; i < samples.size(); i++) {
            if (i + 1 == samples.size() || !samples.get(i + 1).equals(samples.get(i))) {
                runs.append(runs.length() == 0 ? "" : ", ").append(samples.get(i)).append(" ×").append(i + 1 - start);
                start = i + 1;
            }
        }
        return runs.toString();
    }

    private static String status(LedgerClient client, String path) {
        try {
            return Integer.toString(client.get(path).statusCode());
        } catch (IllegalStateException notListening) {
            return "down";
        }
    }
}
