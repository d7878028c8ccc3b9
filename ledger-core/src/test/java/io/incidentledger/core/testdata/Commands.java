package io.incidentledger.core.testdata;

import io.incidentledger.api.command.DeclareIncident;
import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.RoleAssigned;
import io.incidentledger.api.event.ChannelLinked;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentRole;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.id.Severity;
import java.time.Instant;
import java.util.Map;

/** Test data for the aggregate: one incident, one person, one moment. */
public final class Commands {

    public static final IncidentId INCIDENT = IncidentId.of("6f1d4a52-55d4-4e6a-a2b8-3f2f0a0b9c11");
    public static final IncidentRef REF = new IncidentRef(42);
    public static final ChatUser ADA = new ChatUser("U0ADA", "ada");
    public static final ChatUser BOB = new ChatUser("U0BOB", "bob");
    public static final ChatOrigin ORIGIN = new ChatOrigin(Platform.SLACK, "C0INC", ADA);
    public static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private Commands() {
    }

    public static DeclareIncident declare(String title) {
        return declare(title, null, Map.of());
    }

    public static DeclareIncident declare(String title, ChatUser lead, Map<String, ComponentStatus> components) {
        return new DeclareIncident(INCIDENT, title, Severity.SEV2, lead, components, ORIGIN, "delivery-1", T0);
    }

    /** The events of a plain declaration by ada, who becomes the lead. */
    public static Object[] declared() {
        return new Object[] {
                new IncidentDeclared(INCIDENT, REF, "Checkout errors", Severity.SEV2, ORIGIN, T0),
                new RoleAssigned(INCIDENT, REF, IncidentRole.LEAD, ADA, null, ORIGIN, T0),
                new ChannelLinked(INCIDENT, REF, "C0INC", ORIGIN, T0)};
    }
}
