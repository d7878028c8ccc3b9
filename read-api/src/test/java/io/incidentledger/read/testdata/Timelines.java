package io.incidentledger.read.testdata;

import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.timeline.FollowUpAction;
import io.incidentledger.projections.timeline.IncidentTimeline;
import io.incidentledger.projections.timeline.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Timelines of incident INC-42, declared at {@link #T0}, as the projections hand them to the read API. */
public final class Timelines {

    public static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    public static final IncidentRef REF = new IncidentRef(42);
    private static final IncidentId INCIDENT = IncidentId.of("6f1d4a52-55d4-4e6a-a2b8-3f2f0a0b9c11");

    private Timelines() {
    }

    public static IncidentTimeline timeline(String title, TimelineEntry... entries) {
        return timeline(title, null, null, List.of(entries), List.of());
    }

    public static IncidentTimeline timeline(String title, String summary, String impact, List<TimelineEntry> entries,
                                            List<FollowUpAction> actions) {
        return new IncidentTimeline(INCIDENT, REF, title, Severity.SEV2, IncidentStatus.RESOLVED, summary, impact, T0,
                entries, actions, entries.size());
    }

    public static TimelineEntry entry(Instant at, String kind, String authorId, String authorName, String platform, String text) {
        return new TimelineEntry(UUID.randomUUID().toString(), 1, at, kind, authorId, authorName, platform, "C0INC", text,
                null, List.of(), false);
    }

    /** A chat message by ada on Slack. */
    public static TimelineEntry said(Instant at, String text) {
        return entry(at, "chat_message_recorded", "U0ADA", "ada", "slack", text);
    }

    public static TimelineEntry edited(TimelineEntry entry, String... earlierTexts) {
        return new TimelineEntry(entry.eventId(), entry.sequence(), entry.occurredAt(), entry.kind(), entry.authorId(),
                entry.authorName(), entry.platform(), entry.channel(), entry.text(), entry.messageId(),
                List.of(earlierTexts), entry.deleted());
    }

    public static TimelineEntry deleted(TimelineEntry entry) {
        return new TimelineEntry(entry.eventId(), entry.sequence(), entry.occurredAt(), entry.kind(), entry.authorId(),
                entry.authorName(), entry.platform(), entry.channel(), entry.text(), entry.messageId(),
                entry.earlierTexts(), true);
    }

    public static IncidentMetrics metrics(Instant acknowledged, Instant mitigated, Instant resolved) {
        return new IncidentMetrics(INCIDENT, REF, Severity.SEV2, T0, "U0ADA", acknowledged, mitigated, resolved, 9);
    }
}
