package io.incidentledger.api.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** The aggregate identifier of an incident; also the Kafka key, so one incident's events stay in order. */
public record IncidentId(String value) {

    public IncidentId {
        UUID.fromString(value);
    }

    @JsonCreator
    public static IncidentId of(String value) {
        return new IncidentId(value);
    }

    public static IncidentId random() {
        return new IncidentId(UUID.randomUUID().toString());
    }

    // Axon uses toString() as the stored aggregate identifier
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
