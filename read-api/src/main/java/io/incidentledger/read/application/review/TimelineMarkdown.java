package io.incidentledger.read.application.review;

import io.incidentledger.projections.timeline.IncidentTimeline;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/** The timeline as a Markdown table, one row per entry, dates and times in the reader's zone. */
public final class TimelineMarkdown {

    private TimelineMarkdown() {
    }

    public static String render(IncidentTimeline timeline, ZoneId zone) {
        var out = new StringBuilder();
        out.append("# ").append(timeline.ref()).append(" ").append(MarkdownText.inline(timeline.title())).append(": timeline\n\n");
        table(out, timeline, zone);
        return out.toString();
    }

    static void table(StringBuilder out, IncidentTimeline timeline, ZoneId zone) {
        out.append("Times are ").append(zone.getId()).append(" (")
                .append(zone.getDisplayName(TextStyle.SHORT, Locale.ROOT)).append(").\n\n");
        out.append("| Date | Time | Who | Where | What | Text |\n|---|---|---|---|---|---|\n");
        timeline.entries().stream().map(entry -> TimelineLine.of(entry, zone)).forEach(line -> out
                .append("| ").append(line.date()).append(" | ").append(line.time()).append(" | ")
                .append(MarkdownText.inline(line.author())).append(" | ").append(line.platform()).append(" | ")
                .append(line.kind().replace('_', ' ')).append(" | ").append(text(line)).append(" |\n"));
    }

    private static String text(TimelineLine line) {
        String text = MarkdownText.inline(line.text());
        if (line.deleted()) {
            return "~~" + text + "~~ _(deleted)_";
        }
        if (!line.earlierTexts().isEmpty()) {
            return text + " _(edited; was: " + String.join(" / ", line.earlierTexts().stream()
                    .map(MarkdownText::inline).toList()) + ")_";
        }
        return text;
    }
}
