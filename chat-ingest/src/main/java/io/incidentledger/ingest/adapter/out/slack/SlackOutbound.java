package io.incidentledger.ingest.adapter.out.slack;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.command.LinkChannel;
import io.incidentledger.api.deadletter.DeliveryFailure;
import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.query.FindIncident;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.ingest.application.HeadlineEvents;
import io.incidentledger.ingest.slack.SlackHeadline;
import io.incidentledger.ingest.slack.SlackProperties;
import io.incidentledger.ingest.slack.SlackText;
import java.util.LinkedHashSet;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the app says to Slack on its own, driven by the ledger: a tracking processor whose token lives in
 * PostgreSQL. If Slack is down the processor stops at the event, retries with backoff, and after a restart
 * resumes there: the ledger is the outbox. Steps are idempotent, so a retried event does no harm.
 */
@ProcessingGroup(SlackOutbound.PROCESSING_GROUP)
class SlackOutbound {

    private static final Logger log = LoggerFactory.getLogger(SlackOutbound.class);

    static final String PROCESSING_GROUP = "slack-outbound";

    private final SlackWebApi slack;
    private final SlackIncidentChannels channels;
    private final SlackProperties properties;
    private final QueryGateway queries;
    private final CommandGateway commands;

    SlackOutbound(SlackWebApi slack, SlackIncidentChannels channels, SlackProperties properties, QueryGateway queries,
                  CommandGateway commands) {
        this.slack = slack;
        this.channels = channels;
        this.properties = properties;
        this.queries = queries;
        this.commands = commands;
    }

    @EventHandler
    void on(IncidentDeclared declared) throws Exception {
        if (declared.by().platform() != Platform.SLACK) {
            return;
        }
        String incidentId = declared.incidentId().value();
        IncidentSummary incident = summary(declared);
        if (channels.find(incidentId).isEmpty()) {
            String channel = createChannel(declared);
            channels.created(incidentId, channel, declared.at());
            slack.call("conversations.setTopic", m -> m.conversationsSetTopic(r -> r.channel(channel)
                    .topic(SlackHeadline.text(incident))));
            Set<String> people = new LinkedHashSet<>();
            people.add(declared.by().user().id());
            people.add(incident.lead().id());
            slack.call("conversations.invite", m -> m.conversationsInvite(r -> r.channel(channel).users(people.stream().toList())));
            announce(declared, channel);
        }
        var location = channels.find(incidentId).orElseThrow();
        if (location.headlineTs() == null) {
            var posted = slack.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(location.channelId())
                    .text(SlackHeadline.text(incident)).blocks(SlackHeadline.blocks(incident))));
            if (posted.isOk()) {
                channels.headlinePosted(incidentId, posted.getTs());
                slack.call("pins.add", m -> m.pinsAdd(r -> r.channel(location.channelId()).timestamp(posted.getTs())));
            }
        }
        try {
            // a fixed delivery id: a retried event links the channel once
            commands.sendAndWait(new LinkChannel(declared.incidentId(), location.channelId(),
                    new ChatOrigin(Platform.SLACK, location.channelId(), declared.by().user()),
                    "slack-channel-" + incidentId, declared.at()));
        } catch (CommandRefused refused) {
            // closed before we caught up (Slack was down): nothing to link, and no reason to stop every later event
            log.info("Not linking #{} to {}: {}", location.channelId(), declared.ref(), refused.getMessage());
        }
    }

    // the most specific handler wins, so a declaration never lands here; the message, not its payload, so that an
    // event that changes no headline (every chat message) is never decoded
    @EventHandler(payloadType = IncidentEvent.class)
    void on(EventMessage<?> message) throws Exception {
        if (HeadlineEvents.changesHeadline(message.getPayloadType())) {
            refresh((IncidentEvent) message.getPayload());
        }
    }

    private void refresh(IncidentEvent event) throws Exception {
        var location = channels.find(event.incidentId().value());
        if (location.isEmpty() || location.get().headlineTs() == null) {
            return;
        }
        IncidentSummary incident = summary(event);
        slack.call("chat.update", m -> m.chatUpdate(r -> r.channel(location.get().channelId())
                .ts(location.get().headlineTs()).text(SlackHeadline.text(incident)).blocks(SlackHeadline.blocks(incident))));
    }

    private String createChannel(IncidentDeclared declared) throws Exception {
        for (int attempt = 1; ; attempt++) {
            String name = SlackChannelNames.of(properties.channelPrefix(), declared.ref(), declared.title(), attempt);
            var created = slack.call("conversations.create", m -> m.conversationsCreate(r -> r.name(name)));
            if (created.isOk()) {
                return created.getChannel().getId();
            }
            if (!"name_taken".equals(created.getError()) || attempt == 10) {
                // refused for good (permissions, a name we cannot make unique): parked, so it is seen and retried
                throw DeliveryFailure.refused("Slack refused to create #" + name + " for " + declared.ref() + ": "
                        + created.getError());
            }
        }
    }

    private void announce(IncidentDeclared declared, String channel) throws Exception {
        String announcements = properties.announcementsChannel();
        if (announcements != null && !announcements.isBlank()) {
            slack.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(announcements)
                    .text(":rotating_light: " + declared.ref() + " declared: " + SlackText.escape(declared.title())
                            + " (" + declared.severity() + "). Join <#" + channel + ">.")));
        }
    }

    private IncidentSummary summary(IncidentEvent event) {
        return queries.query(new FindIncident(event.ref()), ResponseTypes.optionalInstanceOf(IncidentSummary.class))
                .join().orElseThrow(() -> new IllegalStateException(event.ref() + " is not in the directory yet"));
    }
}
