package io.incidentledger.projections.timeline;

import io.incidentledger.api.id.ChatText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern DROPPED = Pattern.compile("\\[(\\d{1,18}) earlier versions not kept]");

    public TimelineEntry {
        earlierTexts = earlierTexts == null ? List.of() : List.copyOf(earlierTexts);
    }

    /**
     * Keeps the last {@link ChatText#MAX_EARLIER_TEXTS} earlier texts, older ones counted in a first line: a message
     * edited without end must not grow its incident's timeline record past Kafka's record limit.
     */
    TimelineEntry edited(String newText) {
        Matcher mark = earlierTexts.isEmpty() ? null : DROPPED.matcher(earlierTexts.get(0));
        long dropped = mark != null && mark.matches() ? Long.parseLong(mark.group(1)) : 0;
        var texts = new ArrayList<>(dropped > 0 ? earlierTexts.subList(1, earlierTexts.size()) : earlierTexts);
        texts.add(text);
        while (texts.size() > ChatText.MAX_EARLIER_TEXTS) {
            texts.remove(0);
            dropped++;
        }
        if (dropped > 0) {
            texts.add(0, "[" + dropped + " earlier versions not kept]");
        }
        return with(sequence, kind, newText, texts, deleted);
    }

    TimelineEntry markedDeleted() {
        return with(sequence, kind, text, earlierTexts, true);
    }

    TimelineEntry withText(String newText) {
        return with(sequence, kind, newText, earlierTexts, deleted);
    }

    TimelineEntry redacted(String newText, List<String> newEarlierTexts) {
        return with(sequence, kind, newText, newEarlierTexts, deleted);
    }

    TimelineEntry atSequence(long newSequence) {
        return with(newSequence, kind, text, earlierTexts, deleted);
    }

    TimelineEntry asKind(String newKind) {
        return with(sequence, newKind, text, earlierTexts, deleted);
    }

    TimelineEntry withEarlierText(String earlierText) {
        return with(sequence, kind, text, earlierText == null ? List.of() : List.of(earlierText), deleted);
    }

    /** The one copy with what a fold may change; the message's identity, author and place stay. */
    private TimelineEntry with(long newSequence, String newKind, String newText, List<String> texts, boolean gone) {
        return new TimelineEntry(eventId, newSequence, occurredAt, newKind, authorId, authorName, platform, channel,
                newText, messageId, texts, gone);
    }
}
