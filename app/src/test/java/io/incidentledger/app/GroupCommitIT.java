package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.command.EditChatMessage;
import io.incidentledger.api.command.GroupCommit;
import io.incidentledger.api.command.RecordChatMessage;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.query.ChatIncidents;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.RunningApp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The chat intake's group commit across incidents, on the real event store: messages of several incidents in one
 * transaction, and a group with one refused command leaves nothing of any of them, not even in the incident cache,
 * so each is recorded when written again on its own.
 */
@AppOnLocalServers
class GroupCommitIT extends RunningApp {

    private static final String ADA = "U0ADA";

    @Autowired
    GroupCommit groupCommit;
    @Autowired
    CommandGateway commands;
    @Autowired
    ChatIncidents channels;

    List<String> channelIds;
    List<IncidentId> incidents;

    @BeforeEach
    void threeIncidentsInFreshChannels() {
        channelIds = List.of(fresh(), fresh(), fresh());
        channelIds.forEach(channel -> assertThat(client.slashCommandAs(ADA, channel, "declare Group commit " + channel)
                .statusCode()).isEqualTo(200));
        incidents = channelIds.stream().map(channel -> channels.openIn(Platform.SLACK, channel).orElseThrow()).toList();
    }

    @Test
    void messagesOfSeveralIncidentsAreRecordedInOneTransaction() {
        List<String> ids = List.of(messageId(), messageId(), messageId());

        groupCommit.together(() -> {
            for (int i = 0; i < 3; i++) {
                commands.sendAndWait(message(i, ids.get(i)));
            }
        });

        for (int i = 0; i < 3; i++) {
            assertThat(recorded(incidents.get(i), ids.get(i))).as("message %d", i).isEqualTo(1);
        }
        assertThat(jdbc.queryForList("SELECT DISTINCT xmin::text FROM domainevententry WHERE convert_from(payload, 'UTF8') "
                + "SIMILAR TO ?", String.class, "%(" + String.join("|", ids) + ")%")).hasSize(1);
    }

    @Test
    void aGroupWithOneRefusedCommandRecordsNothingAndEachIsRecordedWhenWrittenAlone() {
        List<String> ids = List.of(messageId(), messageId());
        String said = messageId();
        commands.sendAndWait(message(2, said));

        assertThatThrownBy(() -> groupCommit.together(() -> {
            commands.sendAndWait(message(0, ids.get(0)));
            commands.sendAndWait(message(1, ids.get(1)));
            // an edit that changes nothing: refused, after the other two were handled
            commands.sendAndWait(new EditChatMessage(incidents.get(2), said, "said in group " + said, origin(2), "Ev" + messageId(),
                    Instant.now()));
        })).isInstanceOf(CommandRefused.class);

        assertThat(recorded(incidents.get(0), ids.get(0))).isZero();
        assertThat(recorded(incidents.get(1), ids.get(1))).isZero();
        // the incidents' cached state was rolled back too: the same messages are new to them, not duplicates
        commands.sendAndWait(message(0, ids.get(0)));
        commands.sendAndWait(message(1, ids.get(1)));
        assertThat(recorded(incidents.get(0), ids.get(0))).isEqualTo(1);
        assertThat(recorded(incidents.get(1), ids.get(1))).isEqualTo(1);
    }

    private long recorded(IncidentId incident, String messageId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE "
                + "'%.ChatMessageRecorded' AND convert_from(payload, 'UTF8') LIKE ?", Long.class, incident.value(), "%" + messageId + "%");
    }

    private RecordChatMessage message(int incident, String messageId) {
        return new RecordChatMessage(incidents.get(incident), messageId, null, "said in group " + messageId, origin(incident),
                null, Instant.now());
    }

    private ChatOrigin origin(int incident) {
        return new ChatOrigin(Platform.SLACK, channelIds.get(incident), new ChatUser(ADA, "ada"));
    }

    private static String messageId() {
        return "1700990000." + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String fresh() {
        return "C0GROUP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
