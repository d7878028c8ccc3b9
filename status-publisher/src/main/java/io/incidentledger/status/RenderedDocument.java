package io.incidentledger.status;

import io.incidentledger.projections.status.IncidentView;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A live document's bytes and ETag, with exactly the inputs they were rendered from. */
record RenderedDocument(List<IncidentView> incidents, Map<String, String> names, Object momentKey, byte[] body,
                        String etag) {

    /** Whether these bytes are what the snapshot renders to. Views of the same read compare by reference. */
    boolean shows(StatusSnapshot snapshot, Object key) {
        return incidents.equals(snapshot.incidents()) && names.equals(snapshot.names())
                && Objects.equals(momentKey, key);
    }

    /** Whether the snapshot holds the very objects these bytes were rendered from, not just equal ones. */
    boolean sameRead(StatusSnapshot snapshot) {
        return names == snapshot.names() && (incidents.isEmpty() || incidents.get(0) == snapshot.incidents().get(0));
    }

    RenderedDocument from(StatusSnapshot snapshot) {
        return new RenderedDocument(snapshot.incidents(), snapshot.names(), momentKey, body, etag);
    }
}
