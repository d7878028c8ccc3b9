package io.incidentledger.api.query;

import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.Platform;
import java.util.Optional;

/**
 * The newest unclosed incident linked to a chat channel, if any: the incident a chat message said there belongs to.
 * Asked for every message, so it is answered from a cache (ledger-core's README says how fresh) and called directly,
 * not through the query bus, whose unit of work took a pooled connection and a transaction for each message. A
 * command that names a person's rights asks {@link FindIncidentsInChannel} instead.
 */
public interface ChatIncidents {

    Optional<IncidentId> openIn(Platform platform, String channelId);
}
