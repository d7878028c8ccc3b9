package io.incidentledger.api.chat;

import java.io.IOException;

/**
 * Posts a message to a Slack channel through the one Slack client, chat-ingest's, so that no other module talks
 * to Slack's Web API or reads its token. A refusal is a classified {@link io.incidentledger.api.deadletter.DeliveryFailure}
 * (permanent for a channel Slack does not know, transient for its outages); an unreachable Slack is an IOException.
 */
public interface SlackMessages {

    /** Posts {@code text} (Slack mrkdwn, already escaped by the caller) to the channel with this id. */
    void post(String channelId, String text) throws IOException, InterruptedException;
}
