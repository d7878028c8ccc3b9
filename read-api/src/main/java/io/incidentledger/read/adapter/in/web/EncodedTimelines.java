package io.incidentledger.read.adapter.in.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.projections.timeline.IncidentTimeline;
import io.incidentledger.projections.timeline.TimelineEntry;
import io.incidentledger.read.application.review.TimelineDocument;
import io.incidentledger.read.application.review.TimelineLine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON timelines last served, as the bytes Jackson writes for {@link TimelineDocument}, per incident and zone: a
 * read of an unchanged timeline is a lookup, and one after an append encodes only the new entries, since the fold
 * keeps every unchanged entry as the same object. Bounded by bytes; the latest encoding is always kept.
 */
final class EncodedTimelines {

    static final long MAX_BYTES = 24L << 20;
    private static final byte[] NO_ENTRIES = "\"entries\":[]}".getBytes(StandardCharsets.UTF_8);

    private record Key(IncidentId incident, ZoneId zone) {
    }

    private record Encoded(long lastSequence, byte[] body, Map<TimelineEntry, byte[]> lines) {
        long weight() {
            return 2L * body.length;
        }
    }

    private final ObjectMapper json;
    private final long maxBytes;
    private final Map<Key, Encoded> encoded = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    EncodedTimelines(ObjectMapper json, long maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    byte[] json(IncidentTimeline timeline, ZoneId zone) throws JsonProcessingException {
        var key = new Key(timeline.incidentId(), zone);
        Encoded before;
        synchronized (this) {
            before = encoded.get(key);
        }
        if (before != null && before.lastSequence() == timeline.lastSequence()) {
            return before.body();
        }
        byte[] heading = json.writeValueAsBytes(TimelineDocument.heading(timeline, zone));
        if (!endsWithNoEntries(heading)) {
            return json.writeValueAsBytes(TimelineDocument.of(timeline, zone));
        }
        var body = new ByteArrayOutputStream(before == null ? 1 << 16 : before.body().length + (1 << 12));
        body.write(heading, 0, heading.length - 2);
        Map<TimelineEntry, byte[]> lines = new IdentityHashMap<>(timeline.entries().size() * 2);
        for (TimelineEntry entry : timeline.entries()) {
            byte[] line = before == null ? null : before.lines().get(entry);
            if (line == null) {
                line = json.writeValueAsBytes(TimelineLine.of(entry, zone));
            }
            lines.put(entry, line);
            if (lines.size() > 1) {
                body.write(',');
            }
            body.writeBytes(line);
        }
        body.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        var fresh = new Encoded(timeline.lastSequence(), body.toByteArray(), lines);
        keep(key, fresh);
        return fresh.body();
    }

    private synchronized void keep(Key key, Encoded fresh) {
        Encoded previous = encoded.get(key);
        if (previous != null && previous.lastSequence() >= fresh.lastSequence()) {
            return;
        }
        encoded.put(key, fresh);
        bytes += fresh.weight() - (previous == null ? 0 : previous.weight());
        Iterator<Encoded> eldest = encoded.values().iterator();
        while (bytes > maxBytes && encoded.size() > 1) {
            bytes -= eldest.next().weight();
            eldest.remove();
        }
    }

    // the entries are the document's last field, so its bytes without them end just so
    private static boolean endsWithNoEntries(byte[] heading) {
        return heading.length >= NO_ENTRIES.length && Arrays.equals(heading, heading.length - NO_ENTRIES.length,
                heading.length, NO_ENTRIES, 0, NO_ENTRIES.length);
    }
}
