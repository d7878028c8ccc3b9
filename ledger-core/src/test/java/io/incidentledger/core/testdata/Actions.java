package io.incidentledger.core.testdata;

import static io.incidentledger.core.testdata.Commands.INCIDENT;
import static io.incidentledger.core.testdata.Commands.ORIGIN;
import static io.incidentledger.core.testdata.Commands.T0;

import io.incidentledger.api.command.*;
import io.incidentledger.api.event.*;
import io.incidentledger.api.id.*;
import java.time.Instant;

/** Commands to, and events of, the incident in {@link Commands}, by ada at T0. */
public final class Actions {

    private static final IncidentRef REF = Commands.REF;

    private Actions() {
    }

    public static ChangeStatus status(IncidentStatus to, String message) {
        return new ChangeStatus(INCIDENT, to, message, ORIGIN, null, T0);
    }

    public static IncidentStatusChanged statusChanged(IncidentStatus from, IncidentStatus to, String message) {
        return new IncidentStatusChanged(INCIDENT, REF, from, to, message, ORIGIN, T0);
    }

    public static CloseIncident close(String note) {
        return new CloseIncident(INCIDENT, note, ORIGIN, null, T0);
    }

    public static ReopenIncident reopen(String reason) {
        return new ReopenIncident(INCIDENT, reason, ORIGIN, null, T0);
    }

    public static ChangeSeverity severity(Severity severity) {
        return new ChangeSeverity(INCIDENT, severity, ORIGIN, null, T0);
    }

    public static EditIncidentText edit(IncidentTextField field, String text) {
        return new EditIncidentText(INCIDENT, field, text, ORIGIN, null, T0);
    }

    public static AssignRole assign(IncidentRole role, ChatUser user) {
        return new AssignRole(INCIDENT, role, user, ORIGIN, null, T0);
    }

    public static PostPublicUpdate update(String message) {
        return new PostPublicUpdate(INCIDENT, message, ORIGIN, null, T0);
    }

    public static AddInternalNote note(String text) {
        return new AddInternalNote(INCIDENT, text, ORIGIN, null, T0);
    }

    public static SetComponentStatus component(String name, ComponentStatus status) {
        return new SetComponentStatus(INCIDENT, name, status, ORIGIN, null, T0);
    }

    public static ComponentStatusChanged componentChanged(String name, ComponentStatus from, ComponentStatus to) {
        return new ComponentStatusChanged(INCIDENT, REF, name, from, to, ORIGIN, T0);
    }

    public static AddFollowUpAction action(String text) {
        return new AddFollowUpAction(INCIDENT, text, ORIGIN, null, T0);
    }

    public static FollowUpActionAdded actionAdded(int number, String text) {
        return new FollowUpActionAdded(INCIDENT, REF, number, text, ORIGIN, T0);
    }

    public static CompleteFollowUpAction actionDone(int number) {
        return new CompleteFollowUpAction(INCIDENT, number, ORIGIN, null, T0);
    }

    public static ReopenFollowUpAction actionReopen(int number) {
        return new ReopenFollowUpAction(INCIDENT, number, ORIGIN, null, T0);
    }

    public static RecordChatMessage say(String messageId, String text, Instant at) {
        return new RecordChatMessage(INCIDENT, messageId, null, text, ORIGIN, null, at);
    }

    public static ChatMessageRecorded said(String messageId, String text, Instant at) {
        return new ChatMessageRecorded(INCIDENT, REF, messageId, null, text, ORIGIN, at);
    }
}
