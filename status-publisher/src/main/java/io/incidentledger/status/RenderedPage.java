package io.incidentledger.status;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One rendering of every live output, made before any request asks: a request reads this one reference, its bytes and
 * ETag, and its {@code Last-Modified}. {@code minute} is the minute it was rendered in, after which it is re-rendered.
 */
record RenderedPage(Instant lastChange, Instant minute, Map<Key, RenderedDocument> documents,
                    RenderedDocument pageBadge, Map<String, RenderedDocument> componentBadges) {

    /** The page speaks a language; the JSON and the feeds are one document for every reader ({@code locale} null). */
    record Key(StatusDocument document, Locale locale) {
    }

    RenderedPage {
        documents = Map.copyOf(documents);
        componentBadges = Map.copyOf(componentBadges);
    }

    RenderedDocument document(StatusDocument document, Locale locale) {
        return documents.get(new Key(document, document == StatusDocument.PAGE ? locale : null));
    }

    Optional<RenderedDocument> componentBadge(String id) {
        return Optional.ofNullable(componentBadges.get(id));
    }
}
