package io.incidentledger.projections.flightrecorder;

import io.incidentledger.api.event.*;

/** One readable line per event, for search and timelines. */
public final class EventTexts {

    private EventTexts() {
    }

    public static String describe(IncidentEvent event) {
        if (event instanceof IncidentDeclared e) {
            return e.title();
        } else if (event instanceof IncidentStatusChanged e) {
            return e.to().wireName() + ": " + e.message();
        } else if (event instanceof IncidentReopened e) {
            return "reopened: " + e.reason();
        } else if (event instanceof SeverityChanged e) {
            return "severity " + e.from() + " → " + e.to();
        } else if (event instanceof TitleChanged e) {
            return "title: " + e.to();
        } else if (event instanceof SummaryChanged e) {
            return "summary: " + e.to();
        } else if (event instanceof ImpactChanged e) {
            return "impact: " + e.to();
        } else if (event instanceof RoleAssigned e) {
            return e.role().wireName() + ": " + e.assignee().name();
        } else if (event instanceof RoleUnassigned e) {
            return e.role().wireName() + " unassigned (was " + e.previous().name() + ")";
        } else if (event instanceof PublicUpdatePosted e) {
            return e.message();
        } else if (event instanceof InternalNoteAdded e) {
            return e.text();
        } else if (event instanceof ComponentStatusChanged e) {
            return e.component() + ": " + e.to().wireName();
        } else if (event instanceof FollowUpActionAdded e) {
            return "action " + e.number() + ": " + e.text();
        } else if (event instanceof FollowUpActionCompleted e) {
            return "action " + e.number() + " done";
        } else if (event instanceof FollowUpActionReopened e) {
            return "action " + e.number() + " reopened";
        } else if (event instanceof ChannelLinked e) {
            return "channel " + e.channelId() + " linked";
        } else if (event instanceof ChatMessageRecorded e) {
            return e.text();
        } else if (event instanceof ChatMessageEdited e) {
            return e.text();
        } else if (event instanceof ChatMessageDeleted e) {
            return "message deleted";
        } else if (event instanceof MessagePinned e) {
            return e.text();
        } else if (event instanceof MessageUnpinned e) {
            return "message unpinned";
        } else if (event instanceof ChatTextRedacted e) {
            return (e.allMessages() ? "all chat" : "message " + e.messageId()) + " redacted: " + e.reason();
        } else if (event instanceof ReactionAdded e) {
            return ":" + e.emoji() + ": " + (e.text() == null ? "" : e.text());
        }
        return event.getClass().getSimpleName();
    }
}
