package io.incidentledger.projections.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.status.IncidentView;
import org.springframework.kafka.support.serializer.JsonSerde;

/** Serdes over the one shared Jackson setup; no type headers, so any consumer can read the topics. */
public final class JsonSerdes {

    private JsonSerdes() {
    }

    public static JsonSerde<LedgerEvent> ledgerEvents(ObjectMapper mapper) {
        return of(LedgerEvent.class, mapper);
    }

    public static JsonSerde<IncidentView> incidentViews(ObjectMapper mapper) {
        return of(IncidentView.class, mapper);
    }

    public static JsonSerde<IncidentMetrics> metrics(ObjectMapper mapper) {
        return of(IncidentMetrics.class, mapper);
    }

    private static <T> JsonSerde<T> of(Class<T> type, ObjectMapper mapper) {
        var serde = new JsonSerde<>(type, mapper).noTypeInfo().ignoreTypeHeaders();
        serde.deserializer().setUseTypeHeaders(false);
        return serde;
    }
}
