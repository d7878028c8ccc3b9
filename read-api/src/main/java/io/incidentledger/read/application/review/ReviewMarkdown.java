package io.incidentledger.read.application.review;

import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.timeline.FollowUpAction;
import io.incidentledger.projections.timeline.IncidentTimeline;
import io.incidentledger.projections.timeline.TimelineEntry;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A draft post-incident review: summary, impact, participants, MTTA/MTTR, the timeline, pinned decisions and
 * follow-up actions. A draft: people finish it, so anything the ledger does not know is left marked to write.
 */
public final class ReviewMarkdown {

    static final String TO_WRITE = "_To be written._";

    private ReviewMarkdown() {
    }

    public static String render(IncidentTimeline t, IncidentMetrics metrics, ZoneId zone) {
        var out = new StringBuilder();
        out.append("# Post-incident review (draft): ").append(t.ref()).append(" ")
                .append(MarkdownText.inline(t.title())).append("\n\n");
        out.append("## Summary\n\n").append(t.summary() == null ? TO_WRITE : MarkdownText.block(t.summary())).append("\n\n");
        out.append("- Severity: ").append(t.severity()).append("\n- Status: ").append(t.status().wireName())
                .append("\n- Declared: ").append(when(t.declaredAt(), zone)).append("\n");
        if (metrics != null && metrics.resolvedAt() != null) {
            out.append("- Resolved: ").append(when(metrics.resolvedAt(), zone)).append("\n");
        }
        out.append("\n## Impact\n\n").append(t.impact() == null ? TO_WRITE : MarkdownText.block(t.impact())).append("\n\n");
        out.append("## Participants\n\n");
        participants(t).forEach((name, platform) -> out.append("- ").append(MarkdownText.inline(name))
                .append(" (").append(platform).append(")\n"));
        out.append("\n## Metrics\n\n| Measure | Time |\n|---|---|\n")
                .append("| Time to acknowledge | ").append(duration(metrics == null ? null : metrics.timeToAcknowledge())).append(" |\n")
                .append("| Time to mitigate | ").append(duration(metrics == null ? null : metrics.timeToMitigate())).append(" |\n")
                .append("| Time to resolve | ").append(duration(metrics == null ? null : metrics.timeToResolve())).append(" |\n\n");
        out.append("## Timeline\n\n");
        TimelineMarkdown.table(out, t, zone);
        out.append("\n## Decisions (pinned messages)\n\n");
        if (t.pins().isEmpty()) {
            out.append("_None pinned._\n");
        }
        for (TimelineEntry pin : t.pins()) {
            out.append("- ").append(when(pin.occurredAt(), zone)).append(": ")
                    .append(MarkdownText.inline(pin.text())).append("\n");
        }
        out.append("\n## Follow-up actions\n\n");
        if (t.actions().isEmpty()) {
            out.append("_None recorded._\n");
        }
        for (FollowUpAction action : t.actions()) {
            out.append("- [").append(action.done() ? "x" : " ").append("] ").append(action.number()).append(". ")
                    .append(MarkdownText.inline(action.text())).append("\n");
        }
        return out.toString();
    }

    /** One line per person and platform, under the best name known: chat events often carry only the user id. */
    private static Map<String, String> participants(IncidentTimeline t) {
        Map<String, String> names = new LinkedHashMap<>();
        t.entries().forEach(entry -> names.merge(entry.authorId() + "\u0000" + entry.platform(), entry.authorName(),
                (known, other) -> known.equals(entry.authorId()) ? other : known));
        Map<String, String> people = new LinkedHashMap<>();
        names.forEach((key, name) -> people.putIfAbsent(name, key.substring(key.indexOf('\u0000') + 1)));
        return people;
    }

    private static String when(java.time.Instant at, ZoneId zone) {
        var local = at.atZone(zone);
        return TimelineLine.DATE.format(local) + " " + TimelineLine.TIME.format(local) + " " + zone.getId();
    }

    static String duration(Duration d) {
        if (d == null) {
            return "not reached";
        }
        long s = d.toSeconds();
        return s >= 3600 ? "%dh %02dm %02ds".formatted(s / 3600, s / 60 % 60, s % 60)
                : s >= 60 ? "%dm %02ds".formatted(s / 60, s % 60) : s + "s";
    }
}
