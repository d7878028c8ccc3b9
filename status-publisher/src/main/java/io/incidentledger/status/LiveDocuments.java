package io.incidentledger.status;

import io.incidentledger.status.http.CachedResponse;
import io.incidentledger.status.text.PageTexts;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The live outputs, rendered once per change of what they show rather than once per request: during an outage
 * customers refresh the page far more often than it changes. A document is rendered again as soon as its
 * incidents, the display names or the part of the moment it shows ({@link StatusDocuments#momentKey}) differ. Each
 * language of the page is kept apart.
 */
@Component
class LiveDocuments {

    private final StatusDocuments documents;
    private final Map<Key, RenderedDocument> rendered = new ConcurrentHashMap<>();

    private record Key(StatusDocument document, Locale locale) {
    }

    LiveDocuments(StatusDocuments documents) {
        this.documents = documents;
    }

    RenderedDocument render(StatusDocument document, StatusSnapshot snapshot) {
        return render(document, snapshot, documents.languages().fallback());
    }

    RenderedDocument render(StatusDocument document, StatusSnapshot snapshot, PageTexts texts) {
        Object momentKey = documents.momentKey(document, snapshot);
        // only the page speaks a language: the JSON and feeds are one document for every reader
        var key = new Key(document, document == StatusDocument.PAGE ? texts.locale() : null);
        RenderedDocument cached = rendered.get(key);
        if (cached != null && cached.shows(snapshot, momentKey)) {
            if (!cached.sameRead(snapshot)) {
                // every read deserialises new views: keep this read's, so its other requests compare by reference
                rendered.replace(key, cached, cached.from(snapshot));
            }
            return cached;
        }
        // requests that all see the same change render it once, not once each
        synchronized (this) {
            cached = rendered.get(key);
            if (cached != null && cached.shows(snapshot, momentKey)) {
                return cached;
            }
            byte[] body = documents.render(document, snapshot, texts);
            var fresh = new RenderedDocument(snapshot.incidents(), snapshot.names(), momentKey, body,
                    CachedResponse.etag(body));
            rendered.put(key, fresh);
            return fresh;
        }
    }
}
