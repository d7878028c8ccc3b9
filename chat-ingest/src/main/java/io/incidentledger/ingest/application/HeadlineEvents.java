package io.incidentledger.ingest.application;

import io.incidentledger.api.event.*;
import java.util.Set;

/** The events that change what an incident's headline shows, on any platform: only these trigger a re-render. */
public final class HeadlineEvents {

    private static final Set<Class<?>> TYPES = Set.of(IncidentStatusChanged.class, IncidentReopened.class,
            IncidentAcknowledged.class, SeverityChanged.class, RoleAssigned.class, RoleUnassigned.class,
            TitleChanged.class, SummaryChanged.class);

    private HeadlineEvents() {
    }

    /**
     * By the stored event's class, so that a processor asks before decoding it: the outbound processors read every
     * event of the ledger, and decoding a chat message opens its sealed text only to learn it changes no headline.
     */
    public static boolean changesHeadline(Class<?> eventType) {
        return TYPES.contains(eventType);
    }
}
