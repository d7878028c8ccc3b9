package io.incidentledger.status.testdata;

import io.incidentledger.api.event.ComponentStatusChanged;
import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.IncidentStatusChanged;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.event.PublicUpdatePosted;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.id.Platform;
import io.incidentledger.projections.status.IncidentProjector;
import io.incidentledger.projections.status.IncidentView;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Builds an {@link IncidentView} the way the projection does: by folding ledger events, a minute apart. */
public final class IncidentScript {

    public static final ChatOrigin ADA = new ChatOrigin(Platform.SLACK, "C0CHAN", new ChatUser("U0ADA", "Ada Lovelace"));

    private final IncidentId id = IncidentId.random();
    private final IncidentRef ref;
    private IncidentView view;
    private Instant at;
    private long sequence;

    private IncidentScript(long number, Instant at) {
        this.ref = new IncidentRef(number);
        this.at = at;
    }

    public static IncidentScript declare(long number, String title, Severity severity, Instant at) {
        var script = new IncidentScript(number, at);
        script.apply(new IncidentDeclared(script.id, script.ref, title, severity, ADA, at));
        return script;
    }

    public IncidentScript status(IncidentStatus to, String message) {
        tick();
        return apply(new IncidentStatusChanged(id, ref, view.status(), to, message, ADA, at));
    }

    public IncidentScript update(String message) {
        tick();
        return apply(new PublicUpdatePosted(id, ref, view.status(), message, ADA, at));
    }

    public IncidentScript component(String name, ComponentStatus to) {
        tick();
        return apply(new ComponentStatusChanged(id, ref, name, ComponentStatus.OPERATIONAL, to, ADA, at));
    }

    public IncidentView view() {
        return view;
    }

    private void tick() {
        at = at.plus(Duration.ofMinutes(1));
    }

    private IncidentScript apply(IncidentEvent event) {
        view = IncidentProjector.apply(view, new LedgerEvent(UUID.randomUUID().toString(), id, sequence++, at, event));
        return this;
    }
}
