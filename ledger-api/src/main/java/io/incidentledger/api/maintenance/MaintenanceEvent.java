package io.incidentledger.api.maintenance;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.incidentledger.api.id.ChatOrigin;
import java.time.Instant;

/**
 * Every fact about a maintenance window, beside (never inside) the incident family. The simple class name is the
 * stored type name: never renamed or nested.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(MaintenanceScheduled.class),
        @JsonSubTypes.Type(MaintenanceStarted.class),
        @JsonSubTypes.Type(MaintenanceVerifying.class),
        @JsonSubTypes.Type(MaintenanceCompleted.class),
        @JsonSubTypes.Type(MaintenanceCancelled.class),
        @JsonSubTypes.Type(MaintenanceUpdatePosted.class),
        @JsonSubTypes.Type(MaintenanceRecurred.class)
})
public sealed interface MaintenanceEvent permits MaintenanceScheduled, MaintenanceStarted, MaintenanceVerifying,
        MaintenanceCompleted, MaintenanceCancelled, MaintenanceUpdatePosted, MaintenanceRecurred {

    MaintenanceRef ref();

    ChatOrigin by();

    Instant at();
}
