package io.incidentledger.status;

import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.http.CachedResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A live document's bytes and ETag, with exactly the inputs they were rendered from. */
record RenderedDocument(List<IncidentView> incidents, Map<String, String> names, Object momentKey, byte[] body,
                        String etag) {

    /** Bytes that depend on nothing a later render could reuse them for, such as a badge. */
    static RenderedDocument of(byte[] body) {
        return new RenderedDocument(List.of(), Map.of(), null, body, CachedResponse.etag(body));
    }

    /** Whether these bytes are what the snapshot renders to. */
    boolean shows(StatusSnapshot snapshot, Object key) {
        return incidents.equals(snapshot.incidents()) && names.equals(snapshot.names())
                && Objects.equals(momentKey, key);
    }
}
