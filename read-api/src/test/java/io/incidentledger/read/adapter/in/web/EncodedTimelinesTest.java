package io.incidentledger.read.adapter.in.web;

import static io.incidentledger.read.testdata.Timelines.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.timeline.IncidentTimeline;
import io.incidentledger.projections.timeline.TimelineEntry;
import io.incidentledger.read.application.review.TimelineDocument;
import io.incidentledger.read.testdata.Timelines;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kept bytes are always those Jackson writes for the whole document, however the timeline moved since. */
class EncodedTimelinesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ObjectMapper json = LedgerJson.newMapper();
    private final EncodedTimelines encoded = new EncodedTimelines(json, EncodedTimelines.MAX_BYTES);

    @Test
    void anAppendAnEditAndAnotherZoneEachGetTheBytesOfTheWholeDocument() throws Exception {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            entries.add(Timelines.said(T0.plusSeconds(i), "message \"" + i + "\" <é>"));
        }
        IncidentTimeline first = at(entries, 50);
        assertEncodedAsJackson(first, UTC);

        entries.add(Timelines.said(T0.plusSeconds(60), "one more"));
        assertEncodedAsJackson(at(entries, 51), UTC);

        entries.set(3, Timelines.edited(entries.get(3), "the first text"));
        entries.set(7, Timelines.deleted(entries.get(7)));
        assertEncodedAsJackson(at(entries, 53), UTC);
        assertEncodedAsJackson(at(entries, 53), PARIS);
        assertEncodedAsJackson(at(List.of(), 54), UTC);
    }

    @Test
    void anUnchangedTimelineIsServedFromTheKeptBytesAndTheBoundEvictsTheEldest() throws Exception {
        IncidentTimeline timeline = at(List.of(Timelines.said(T0, "hello")), 1);
        byte[] first = encoded.json(timeline, UTC);

        assertThat(encoded.json(timeline, UTC)).isSameAs(first);

        var tiny = new EncodedTimelines(json, first.length);
        byte[] utc = tiny.json(timeline, UTC);
        tiny.json(timeline, PARIS);
        assertThat(tiny.json(timeline, UTC)).isNotSameAs(utc).isEqualTo(utc);
    }

    private void assertEncodedAsJackson(IncidentTimeline timeline, ZoneId zone) throws Exception {
        assertThat(new String(encoded.json(timeline, zone), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(json.writeValueAsString(TimelineDocument.of(timeline, zone)));
    }

    private static IncidentTimeline at(List<TimelineEntry> entries, long lastSequence) {
        IncidentTimeline base = Timelines.timeline("Checkout errors", entries.toArray(TimelineEntry[]::new));
        return new IncidentTimeline(base.incidentId(), base.ref(), base.title(), base.severity(), base.status(),
                base.summary(), base.impact(), base.declaredAt(), entries, base.actions(), lastSequence);
    }
}
