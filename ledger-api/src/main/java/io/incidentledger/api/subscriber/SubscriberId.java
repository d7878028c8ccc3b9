package io.incidentledger.api.subscriber;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** The aggregate identifier of a status-page subscriber: a stream of its own, apart from every incident. */
public record SubscriberId(String value) {

    public SubscriberId {
        UUID.fromString(value);
    }

    @JsonCreator
    public static SubscriberId of(String value) {
        return new SubscriberId(value);
    }

    public static SubscriberId random() {
        return new SubscriberId(UUID.randomUUID().toString());
    }

    // Axon uses toString() as the stored aggregate identifier
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
