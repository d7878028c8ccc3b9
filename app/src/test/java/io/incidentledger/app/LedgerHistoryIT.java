package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.command.RecordChatMessage;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.history.HistoryPosition;
import io.incidentledger.api.history.LedgerHistory;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.Platform;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.RunningApp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The replay's one pass over the store gives each incident's events together and in order, as the store holds them. */
@AppOnLocalServers
class LedgerHistoryIT extends RunningApp {

    private static final ChatOrigin BOB = new ChatOrigin(Platform.SLACK, "C0HISTORY", new ChatUser("U0BOB", "bob"));

    @Autowired
    CommandGateway commands;
    @Autowired
    LedgerHistory history;

    @Test
    void theOnePassReadGivesEveryIncidentOnceWithTheEventsTheGlobalReadGivesInTheirOrder() {
        var first = new RetroScript(commands, "C0HISTORY");
        first.declare("Interleaved one " + UUID.randomUUID());
        var second = new RetroScript(commands, "C0HISTORY");
        second.declare("Interleaved two " + UUID.randomUUID());
        // the first incident's next event lands after the second's in the store's global order
        commands.sendAndWait(new RecordChatMessage(first.id(), "m-" + UUID.randomUUID(), null, "after the other",
                BOB, "history-" + UUID.randomUUID(), RetroScript.T0.plusSeconds(5)));

        Map<String, List<LedgerEvent>> byIncident = new LinkedHashMap<>();
        history.readByIncident(events -> {
            String incident = events.get(0).incidentId().value();
            assertThat(byIncident).as("each incident once").doesNotContainKey(incident);
            assertThat(events).allSatisfy(event -> assertThat(event.incidentId().value()).isEqualTo(incident));
            byIncident.put(incident, events);
        });
        Map<String, List<LedgerEvent>> global = new LinkedHashMap<>();
        history.read(HistoryPosition.START, event -> global.computeIfAbsent(event.incidentId().value(),
                id -> new ArrayList<>()).add(event));

        assertThat(byIncident.get(first.id().value())).hasSize(4);
        assertThat(byIncident.get(second.id().value())).hasSize(3);
        assertThat(byIncident).isEqualTo(global);
        byIncident.values().forEach(events -> assertThat(events).extracting(LedgerEvent::sequence).isSorted());
    }
}
