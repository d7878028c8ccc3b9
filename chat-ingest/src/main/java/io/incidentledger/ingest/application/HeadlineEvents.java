package io.incidentledger.ingest.application;

import io.incidentledger.api.event.*;

/** The events that change what an incident's headline shows, on any platform: only these trigger a re-render. */
public final class HeadlineEvents {

    private HeadlineEvents() {
    }

    public static boolean changesHeadline(IncidentEvent event) {
        return event instanceof IncidentStatusChanged || event instanceof IncidentReopened
                || event instanceof IncidentAcknowledged || event instanceof SeverityChanged
                || event instanceof RoleAssigned || event instanceof RoleUnassigned
                || event instanceof TitleChanged || event instanceof SummaryChanged;
    }
}
