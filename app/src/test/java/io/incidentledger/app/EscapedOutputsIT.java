package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.RunningApp;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Chat text that is HTML leaves the ledger as text: in search highlights and in the review people paste into a wiki. */
@AppOnLocalServers
class EscapedOutputsIT extends RunningApp {

    private static final Duration VIEWS = Duration.ofSeconds(90);
    private static final String HOSTILE = "quokka <script>alert(1)</script> [click](javascript:alert(2)) & more";

    @Autowired
    CommandGateway commands;

    @Test
    void aScriptInAChatMessageComesBackEscapedInTheHighlightAndInTheReview() {
        var script = new RetroScript(commands, "C0ESCAPE");
        IncidentRef ref = script.declare("Escaping <b>check</b>");
        script.message("x1", HOSTILE, false, RetroScript.at(3));

        await().atMost(VIEWS).untilAsserted(() -> {
            JsonNode hits = json.readTree(client.getAsReader("/api/search?q=quokka&incident=" + ref).body()).path("hits");
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).path("highlights").get(0).asText())
                    .isEqualTo("<em>quokka</em> &lt;script&gt;alert(1)&lt;&#x2F;script&gt; [click](javascript:alert(2)) &amp; more");
            assertThat(hits.get(0).path("text").asText()).isEqualTo(HOSTILE);
        });
        await().atMost(VIEWS).untilAsserted(() -> {
            String review = client.getAsReader("/api/incidents/" + ref + "/review.md").body();
            assertThat(review).contains("Escaping &lt;b&gt;check&lt;/b&gt;")
                    .contains("quokka &lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](javascript:alert(2)) &amp; more")
                    .doesNotContain("<script>", "<b>", "[click]");
        });
    }
}
