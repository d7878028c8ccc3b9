package io.incidentledger.status;

import io.incidentledger.status.history.Shown;
import io.incidentledger.status.http.CachedResponse;
import io.incidentledger.status.text.PageTexts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The outputs as of a past instant, each folded and rendered once per instant and kept, a bounded number of instants
 * the least recently asked for going first: anyone may call {@code ?at=}, and a link to one moment is followed
 * many times. An instant less than {@link #SETTLED} ago is not kept, as events stored up to it may still commit.
 */
@Component
public class PastDocuments {

    static final int INSTANTS = 64;
    static final Duration SETTLED = Duration.ofMinutes(1);
    static final Duration KEPT = StatusPageController.HISTORICAL_MAX_AGE;

    private final StatusSnapshots snapshots;
    private final StatusDocuments documents;
    private final Clock clock;
    /**
     * Which incidents each output shows, so an instant reads only those. Keep it in step with the renderers;
     * PageAtInstantIT compares each output with the one folded from every event.
     */
    public static Shown shown(StatusDocument document) {
        return switch (document) {
            case PAGE -> Shown.PAGE;
            case INCIDENTS, ATOM, RSS -> Shown.NEWEST;
            case SUMMARY, STATUS, COMPONENTS, UNRESOLVED, MAINTENANCES, UPCOMING_MAINTENANCES, ACTIVE_MAINTENANCES -> Shown.OPEN;
        };
    }

    private final Map<Moment, Past> kept = new LinkedHashMap<>(INSTANTS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Moment, Past> eldest) {
            return size() > INSTANTS;
        }
    };

    PastDocuments(StatusSnapshots snapshots, StatusDocuments documents, Clock clock) {
        this.snapshots = snapshots;
        this.documents = documents;
        this.clock = clock;
    }

    /** One instant's snapshot, with its documents rendered so far. */
    record Past(StatusSnapshot snapshot, Instant folded, Map<RenderedPage.Key, RenderedDocument> rendered) {
    }

    record Served(RenderedDocument document, Instant lastChange) {
    }

    private record Moment(Instant at, Shown shown) {
    }

    Served serve(StatusDocument document, Instant at, PageTexts texts) {
        Past past = past(new Moment(at, shown(document)));
        var key = new RenderedPage.Key(document, document == StatusDocument.PAGE ? texts.locale() : null);
        RenderedDocument rendered = past.rendered().computeIfAbsent(key, k -> {
            byte[] body = documents.render(document, past.snapshot(), texts);
            return new RenderedDocument(past.snapshot().incidents(), past.snapshot().names(), at, body,
                    CachedResponse.etag(body));
        });
        return new Served(rendered, past.snapshot().lastChange());
    }

    private Past past(Moment moment) {
        Instant now = clock.instant();
        Instant at = moment.at();
        synchronized (kept) {
            Past past = kept.get(moment);
            if (past != null && past.folded().plus(KEPT).isAfter(now)) {
                return past;
            }
        }
        // folded outside the lock: one slow instant must not hold up the others
        var past = new Past(snapshots.at(at, moment.shown()), now, new ConcurrentHashMap<>());
        if (!at.isAfter(now.minus(SETTLED))) {
            synchronized (kept) {
                kept.put(moment, past);
            }
        }
        return past;
    }
}
