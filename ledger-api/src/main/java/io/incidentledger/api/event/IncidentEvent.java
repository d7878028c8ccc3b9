package io.incidentledger.api.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.incidentledger.api.id.IncidentId;

/**
 * Every fact the ledger keeps about an incident. The simple class name is the stored type name,
 * so an event is never renamed or nested; it evolves with {@code @Revision} and an upcaster.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(IncidentDeclared.class)
})
public sealed interface IncidentEvent permits IncidentDeclared {

    IncidentId incidentId();
}
