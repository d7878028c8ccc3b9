package io.incidentledger.projections.timeline;

import io.incidentledger.api.event.ChatTextRedacted;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a redaction does to the lines already folded: each text of the message (or of all chat) becomes the marker,
 * exactly as a replay reads it from the event store, where the same texts open as that marker.
 */
final class Redactions {

    private static final Set<String> CHAT = Set.of(TimelineProjector.MESSAGE, TimelineProjector.PIN,
            TimelineProjector.EDIT, TimelineProjector.DELETE, TimelineProjector.REACTION);
    private static final Pattern DROPPED = Pattern.compile("\\[\\d{1,18} earlier versions not kept]");

    private Redactions() {
    }

    static boolean covers(ChatTextRedacted redaction, TimelineEntry entry) {
        return CHAT.contains(entry.kind()) && (redaction.allMessages() || redaction.messageId().equals(entry.messageId()));
    }

    static TimelineEntry redacted(TimelineEntry entry, String marker) {
        List<String> earlier = entry.earlierTexts().stream().map(text -> DROPPED.matcher(text).matches() ? text : marker).toList();
        return entry.redacted(text(entry, marker), earlier);
    }

    // a reaction's line is ":emoji: text" (the emoji is never sealed), ":emoji: " when its message was unknown
    private static String text(TimelineEntry entry, String marker) {
        if (entry.text() == null) {
            return null;
        }
        if (entry.kind().equals(TimelineProjector.REACTION)) {
            int end = entry.text().indexOf(": ", 1);
            return end < 0 || end + 2 == entry.text().length() ? entry.text() : entry.text().substring(0, end + 2) + marker;
        }
        return marker;
    }
}
