package io.incidentledger.ingest.adapter.in.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.File;
import com.slack.api.model.event.*;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.Platform;
import io.incidentledger.ingest.application.ChatRecordService;
import io.incidentledger.ingest.slack.SlackTimes;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Events API: every message, edit, delete, pin and timeline reaction in an incident's channel. Subtypes that
 * are not part of the conversation (joins, topics, the app's own posts) are acknowledged and ignored, so Slack
 * never retries them; see also the controller, which acknowledges any other event the app has no handler for.
 */
final class SlackEventHandlers {

    private final ChatRecordService record;
    private final List<String> timelineEmoji;
    private final Clock clock;

    SlackEventHandlers(ChatRecordService record, List<String> timelineEmoji, Clock clock) {
        this.record = record;
        this.timelineEmoji = timelineEmoji;
        this.clock = clock;
    }

    void registerOn(App app) {
        app.event(MessageEvent.class, this::onMessage);
        app.event(MessageFileShareEvent.class, this::onFileShare);
        app.event(MessageThreadBroadcastEvent.class, this::onThreadBroadcast);
        app.event(MessageMeEvent.class, this::onMeMessage);
        app.event(MessageChangedEvent.class, this::onChanged);
        app.event(MessageDeletedEvent.class, this::onDeleted);
        app.event(PinAddedEvent.class, this::onPinAdded);
        app.event(PinRemovedEvent.class, this::onPinRemoved);
        app.event(ReactionAddedEvent.class, this::onReaction);
        // the app's own posts (headlines, replies) and what it causes (joins, topics) are not part of the conversation
        ignore(app, MessageBotEvent.class);
        ignore(app, MessageChannelJoinEvent.class);
        ignore(app, MessageChannelLeaveEvent.class);
        ignore(app, MessageChannelTopicEvent.class);
        ignore(app, MessageChannelPurposeEvent.class);
        ignore(app, MessageChannelNameEvent.class);
        ignore(app, MessageChannelArchiveEvent.class);
        ignore(app, MessageChannelUnarchiveEvent.class);
        ignore(app, MessageRepliedEvent.class);
    }

    private static <E extends Event> void ignore(App app, Class<E> subtype) {
        app.event(subtype, (payload, ctx) -> ctx.ack());
    }

    private Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent e = payload.getEvent();
        if (e.getBotId() == null) {
            record.said(origin(e.getChannel(), e.getUser()), e.getTs(), e.getThreadTs(), withLinks(e.getText(), e.getFiles()),
                    SlackTimes.parse(e.getTs(), clock.instant()), payload.getEventId());
        }
        return ctx.ack();
    }

    private Response onFileShare(EventsApiPayload<MessageFileShareEvent> payload, EventContext ctx) {
        MessageFileShareEvent e = payload.getEvent();
        record.said(origin(e.getChannel(), e.getUser()), e.getTs(), e.getThreadTs(), withLinks(e.getText(), e.getFiles()),
                SlackTimes.parse(e.getTs(), clock.instant()), payload.getEventId());
        return ctx.ack();
    }

    private Response onThreadBroadcast(EventsApiPayload<MessageThreadBroadcastEvent> payload, EventContext ctx) {
        MessageThreadBroadcastEvent e = payload.getEvent();
        record.said(origin(e.getChannel(), e.getUser()), e.getTs(), e.getThreadTs(), e.getText(),
                SlackTimes.parse(e.getTs(), clock.instant()), payload.getEventId());
        return ctx.ack();
    }

    private Response onMeMessage(EventsApiPayload<MessageMeEvent> payload, EventContext ctx) {
        MessageMeEvent e = payload.getEvent();
        if (e.getBotId() == null) {
            record.said(origin(e.getChannel(), e.getUser()), e.getTs(), null, e.getText(),
                    SlackTimes.parse(e.getTs(), clock.instant()), payload.getEventId());
        }
        return ctx.ack();
    }

    private Response onChanged(EventsApiPayload<MessageChangedEvent> payload, EventContext ctx) {
        MessageChangedEvent e = payload.getEvent();
        var message = e.getMessage();
        if (message != null && message.getBotId() == null) {
            record.edited(origin(e.getChannel(), message.getUser()), message.getTs(),
                    withLinks(message.getText(), message.getFiles()), SlackTimes.parse(e.getEventTs(), clock.instant()),
                    payload.getEventId());
        }
        return ctx.ack();
    }

    private Response onDeleted(EventsApiPayload<MessageDeletedEvent> payload, EventContext ctx) {
        MessageDeletedEvent e = payload.getEvent();
        String user = e.getPreviousMessage() == null ? "unknown" : e.getPreviousMessage().getUser();
        record.deleted(origin(e.getChannel(), user), e.getDeletedTs(), SlackTimes.parse(e.getEventTs(), clock.instant()),
                payload.getEventId());
        return ctx.ack();
    }

    private Response onPinAdded(EventsApiPayload<PinAddedEvent> payload, EventContext ctx) {
        PinAddedEvent e = payload.getEvent();
        var message = e.getItem() == null ? null : e.getItem().getMessage();
        if (message != null) {
            record.pinned(origin(e.getChannelId(), e.getUser()), message.getTs(), message.getText(),
                    SlackTimes.parse(message.getTs(), clock.instant()), SlackTimes.parse(e.getEventTs(), clock.instant()),
                    payload.getEventId());
        }
        return ctx.ack();
    }

    private Response onPinRemoved(EventsApiPayload<PinRemovedEvent> payload, EventContext ctx) {
        PinRemovedEvent e = payload.getEvent();
        var message = e.getItem() == null ? null : e.getItem().getMessage();
        if (message != null) {
            record.unpinned(origin(e.getChannelId(), e.getUser()), message.getTs(),
                    SlackTimes.parse(e.getEventTs(), clock.instant()), payload.getEventId());
        }
        return ctx.ack();
    }

    private Response onReaction(EventsApiPayload<ReactionAddedEvent> payload, EventContext ctx) {
        ReactionAddedEvent e = payload.getEvent();
        if (timelineEmoji.contains(e.getReaction()) && e.getItem() != null && "message".equals(e.getItem().getType())) {
            record.reacted(origin(e.getItem().getChannel(), e.getUser()), e.getItem().getTs(), e.getReaction(),
                    SlackTimes.parse(e.getEventTs(), clock.instant()), payload.getEventId());
        }
        return ctx.ack();
    }

    private static ChatOrigin origin(String channel, String user) {
        return new ChatOrigin(Platform.SLACK, channel, new ChatUser(user == null ? "unknown" : user, null));
    }

    // a shared file stays in the record as a link, never as its content
    private static String withLinks(String text, List<File> files) {
        if (files == null || files.isEmpty()) {
            return text;
        }
        // a file Slack hides from the app (file_access: check_file_info) comes without a name or link
        String links = files.stream().filter(Objects::nonNull)
                .map(f -> (f.getName() == null ? "file " + f.getId() : f.getName()) + (f.getPermalink() == null ? "" : " <" + f.getPermalink() + ">"))
                .collect(Collectors.joining(", "));
        return (text == null || text.isBlank() ? "" : text + "\n") + "Files: " + links;
    }
}
