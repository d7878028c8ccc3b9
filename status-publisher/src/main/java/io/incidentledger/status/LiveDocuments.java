package io.incidentledger.status;

import io.incidentledger.status.http.CachedResponse;
import io.incidentledger.status.text.PageTexts;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The live outputs, each rendered again only when what it shows changed: its incidents, the display names or the
 * part of the moment it shows ({@link StatusDocuments#momentKey}). So a new minute re-renders the page, whose uptime
 * bars count minutes, and leaves the JSON as it was. Used by the one render thread only.
 */
final class LiveDocuments {

    private final StatusDocuments documents;
    private final Map<RenderedPage.Key, RenderedDocument> rendered = new HashMap<>();

    LiveDocuments(StatusDocuments documents) {
        this.documents = documents;
    }

    RenderedDocument render(StatusDocument document, StatusSnapshot snapshot, PageTexts texts) {
        Object momentKey = documents.momentKey(document, snapshot);
        Locale locale = document == StatusDocument.PAGE ? texts.locale() : null;
        var key = new RenderedPage.Key(document, locale);
        RenderedDocument cached = rendered.get(key);
        if (cached != null && cached.shows(snapshot, momentKey)) {
            return cached;
        }
        byte[] body = documents.render(document, snapshot, texts);
        var fresh = new RenderedDocument(snapshot.incidents(), snapshot.names(), momentKey, body, CachedResponse.etag(body));
        rendered.put(key, fresh);
        return fresh;
    }
}
