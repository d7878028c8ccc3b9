package io.incidentledger.projections.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of an incident's timeline. {@code occurredAt} is when it happened (a pin sits at the pinned message's
 * time); a chat message keeps its {@code earlierTexts} when edited and stays, marked {@code deleted}, when deleted.
 */
public record TimelineEntry(
        String eventId,
        long sequence,
        Instant occurredAt,
        String kind,
        String authorId,
        String authorName,
        String platform,
        String channel,
        String text,
        String messageId,
        List<String> earlierTexts,
        boolean deleted) {

    public TimelineEntry {
        earlierTexts = earlierTexts == null ? List.of() : List.copyOf(earlierTexts);
    }

    TimelineEntry edited(String newText) {
        var texts = new ArrayList<>(earlierTexts);
        texts.add(text);
        return new TimelineEntry(eventId, sequence, occurredAt, kind, authorId, authorName, platform, channel, newText,
                messageId, texts, deleted);
    }

    TimelineEntry markedDeleted() {
        return new TimelineEntry(eventId, sequence, occurredAt, kind, authorId, authorName, platform, channel, text,
                messageId, earlierTexts, true);
    }

    TimelineEntry withText(String newText) {
        return new TimelineEntry(eventId, sequence, occurredAt, kind, authorId, authorName, platform, channel, newText,
                messageId, earlierTexts, deleted);
    }

    TimelineEntry withEarlierText(String earlierText) {
        return new TimelineEntry(eventId, sequence, occurredAt, kind, authorId, authorName, platform, channel, text,
                messageId, earlierText == null ? List.of() : List.of(earlierText), deleted);
    }
}
