package io.incidentledger.status;

import io.incidentledger.status.http.CachedResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The live outputs, rendered once per change of what they show rather than once per request: during an outage
 * customers refresh the page far more often than it changes. A document is rendered again as soon as its
 * incidents, the display names or the part of the moment it shows ({@link StatusDocuments#momentKey}) differ.
 */
@Component
class LiveDocuments {

    private final StatusDocuments documents;
    private final Map<StatusDocument, RenderedDocument> rendered = new ConcurrentHashMap<>();

    LiveDocuments(StatusDocuments documents) {
        this.documents = documents;
    }

    RenderedDocument render(StatusDocument document, StatusSnapshot snapshot) {
        Object momentKey = documents.momentKey(document, snapshot);
        RenderedDocument cached = rendered.get(document);
        if (cached != null && cached.shows(snapshot, momentKey)) {
            if (!cached.sameRead(snapshot)) {
                // every read deserialises new views: keep this read's, so its other requests compare by reference
                rendered.replace(document, cached, cached.from(snapshot));
            }
            return cached;
        }
        // requests that all see the same change render it once, not once each
        synchronized (this) {
            cached = rendered.get(document);
            if (cached != null && cached.shows(snapshot, momentKey)) {
                return cached;
            }
            byte[] body = documents.render(document, snapshot);
            var fresh = new RenderedDocument(snapshot.incidents(), snapshot.names(), momentKey, body,
                    CachedResponse.etag(body));
            rendered.put(document, fresh);
            return fresh;
        }
    }
}
