package io.incidentledger.core.testdata;

import io.incidentledger.api.command.DeclareIncident;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.id.Severity;
import java.time.Instant;

/** Test data builders for commands. */
public final class Commands {

    public static final IncidentId INCIDENT = IncidentId.of("6f1d4a52-55d4-4e6a-a2b8-3f2f0a0b9c11");
    public static final ChatOrigin ORIGIN = new ChatOrigin(Platform.SLACK, "C0INC", new ChatUser("U0ADA", "ada"));
    public static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private Commands() {
    }

    public static DeclareIncident declare(String title) {
        return new DeclareIncident(INCIDENT, title, Severity.SEV2, ORIGIN, "delivery-1", T0);
    }
}
