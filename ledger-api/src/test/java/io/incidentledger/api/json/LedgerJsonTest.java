package io.incidentledger.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.id.Severity;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LedgerJsonTest {

    private final com.fasterxml.jackson.databind.ObjectMapper mapper = LedgerJson.newMapper();

    @Test
    void ledgerEventSurvivesARoundTripWithItsConcreteEventType() throws Exception {
        var declared = new IncidentDeclared(IncidentId.random(), new IncidentRef(42), "Checkout errors",
                Severity.SEV2, new ChatOrigin(Platform.SLACK, "C1", new ChatUser("U1", "ada")),
                Instant.parse("2026-11-22T10:15:30Z"));
        var envelope = new LedgerEvent("e-1", declared.incidentId(), 0, declared.at(), declared);

        String json = mapper.writeValueAsString(envelope);

        assertThat(json).contains("\"type\":\"IncidentDeclared\"", "\"ref\":\"INC-42\"",
                "\"recordedAt\":\"2026-11-22T10:15:30Z\"");
        assertThat(mapper.readValue(json, LedgerEvent.class)).isEqualTo(envelope);
    }

    @Test
    void everyPermittedEventTypeIsRegisteredForDeserialization() {
        var registered = Arrays.stream(IncidentEvent.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::value).toList();

        assertThat(registered).containsExactlyInAnyOrder(IncidentEvent.class.getPermittedSubclasses());
    }
}
