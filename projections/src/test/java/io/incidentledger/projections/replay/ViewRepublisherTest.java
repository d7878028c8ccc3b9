package io.incidentledger.projections.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.status.IncidentProjector;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.testdata.ScriptedIncident;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;

/** Views are published only when what they show changes, so the replay compares what they show, not their sequence. */
class ViewRepublisherTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private final ScriptedIncident incident = new ScriptedIncident(31);
    private final IncidentView live = IncidentProjector.apply(null, incident.declared("Checkout down", Severity.SEV2, T0));
    private final ViewRepublisher republisher = new ViewRepublisher(unreachableBroker(), LedgerJson.newMapper());

    @Test
    void aLiveViewBehindOnlyInItsLastSequenceShowsTheSameAndIsNotRepaired() throws Exception {
        IncidentView rebuilt = IncidentProjector.apply(live, incident.message("m-1", "looking", ScriptedIncident.ADA,
                T0.plusSeconds(5)));

        assertThat(rebuilt.lastSequence()).isGreaterThan(live.lastSequence());
        assertThat(republisher.sameShown(rebuilt, live)).isTrue();
        // nothing is sent: a send to the unreachable broker would fail the repair
        assertThat(republisher.repair(views(rebuilt), views(live))).isZero();
    }

    @Test
    void aLiveViewThatShowsSomethingElseIsNotTheSame() {
        IncidentView rebuilt = IncidentProjector.apply(live, incident.severity(Severity.SEV2, Severity.SEV1,
                ScriptedIncident.ADA, T0.plusSeconds(5)));

        assertThat(republisher.sameShown(rebuilt, live)).isFalse();
        assertThat(republisher.sameShown(rebuilt, null)).isFalse();
    }

    private static ViewSet views(IncidentView view) {
        return new ViewSet(Map.of(view.ref().toString(), view), Map.of());
    }

    private static KafkaProperties unreachableBroker() {
        var properties = new KafkaProperties();
        properties.setBootstrapServers(java.util.List.of("127.0.0.1:1"));
        properties.getProducer().getProperties().put("max.block.ms", "2000");
        return properties;
    }
}
