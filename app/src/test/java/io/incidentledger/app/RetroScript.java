package io.incidentledger.app;

import io.incidentledger.api.command.*;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.id.Severity;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * A scripted incident sent straight to the ledger with fixed times (chat ingestion is built elsewhere): declared
 * late on 28 March 2026 UTC, resolved after midnight, across the night Europe moves to summer time.
 */
final class RetroScript {

    static final Instant T0 = Instant.parse("2026-03-28T22:50:00Z");

    private final CommandGateway commands;
    private final ChatOrigin ada;
    private final ChatOrigin bob;
    private IncidentId id;

    RetroScript(CommandGateway commands, String channel) {
        this.commands = commands;
        this.ada = new ChatOrigin(Platform.SLACK, channel, new ChatUser("U0ADA", "ada"));
        this.bob = new ChatOrigin(Platform.SLACK, channel, new ChatUser("U0BOB", "bob"));
    }

    IncidentId id() {
        return id;
    }

    IncidentRef declare(String title) {
        id = IncidentId.random();
        return commands.sendAndWait(new DeclareIncident(id, title, Severity.SEV2, null, Map.of(), ada, delivery(), T0));
    }

    /** The whole incident: 15 events after the declaration's three. */
    IncidentRef run(String title) {
        IncidentRef ref = declare(title);
        send(new RecordChatMessage(id, "m1", null, "card auths timing out since 22:45", bob, delivery(), at(5)));
        send(new AddInternalNote(id, "looking at the payment gateway dashboards", ada, delivery(), at(10)));
        send(new RecordChatMessage(id, "m2", null, "gateway deploy at 22:40 looks suspicious", bob, delivery(), at(20)));
        send(new EditChatMessage(id, "m2", "gateway deploy at 22:40 is the cause", bob, delivery(), at(25)));
        send(new RecordChatMessage(id, "m3", null, "wrong channel sorry", bob, delivery(), at(26)));
        send(new DeleteChatMessage(id, "m3", bob, delivery(), at(27)));
        send(new ChangeStatus(id, IncidentStatus.IDENTIFIED, "Bad gateway deploy", ada, delivery(), at(30)));
        send(new PinMessage(id, "m2", null, at(20), ada, delivery(), at(40)));
        send(new ChangeStatus(id, IncidentStatus.MONITORING, "Rolled back", ada, delivery(), at(70)));
        send(new AddFollowUpAction(id, "Add a canary for gateway deploys", ada, delivery(), at(80)));
        send(new ChangeStatus(id, IncidentStatus.RESOLVED, "Payments normal", ada, delivery(), at(180)));
        return ref;
    }

    void note(String text, Instant at) {
        send(new AddInternalNote(id, text, ada, delivery(), at));
    }

    void message(String messageId, String text, boolean byBob, Instant at) {
        send(new RecordChatMessage(id, messageId, null, text, byBob ? bob : ada, delivery(), at));
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(minutes * 60L);
    }

    private void send(Object command) {
        commands.sendAndWait(command);
    }

    private static String delivery() {
        return "retro-" + UUID.randomUUID();
    }
}
