package io.incidentledger.ingest.command;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.query.IncidentSummary;
import java.time.Instant;

/** A verb applied to one incident: what was asked, of which incident, by whom, under which delivery id, when. */
public record Invocation(ParsedCommand parsed, IncidentSummary incident, ChatOrigin by, String deliveryId, Instant at) {

    public IncidentId id() {
        return incident.incidentId();
    }

    public IncidentRef ref() {
        return incident.ref();
    }

    public String get(String parameter) {
        return parsed.parameter(parameter);
    }
}
