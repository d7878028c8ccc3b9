package io.incidentledger.ingest.adapter.out.slack;

import com.slack.api.Slack;
import io.incidentledger.api.chat.SlackMessages;
import io.incidentledger.api.deadletter.DeliveryFailure;
import io.incidentledger.ingest.slack.SlackProperties;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * The {@link SlackMessages} port on the one Slack client, for status-publisher's notification routes. Present
 * without a bot token too, so that a Slack route is refused with a sentence (and parked) rather than missing a
 * bean. A 429 is not waited out here: the notification dispatcher backs off, and its other routes keep flowing.
 */
@Component
class SlackChannelMessages implements SlackMessages {

    private final SlackWebApi slack;

    SlackChannelMessages(Slack slack, SlackProperties properties) {
        this.slack = properties.hasBotToken() ? new SlackWebApi(slack.methods(properties.botToken()), 1) : null;
    }

    @Override
    public void post(String channelId, String text) throws IOException, InterruptedException {
        if (slack == null) {
            throw DeliveryFailure.refused("No SLACK_BOT_TOKEN: cannot post to Slack channel " + channelId);
        }
        var posted = slack.call("chat.postMessage", methods -> methods.chatPostMessage(request -> request
                .channel(channelId).text(text)));
        // an outage answered ok=false was thrown as transient already: what is left (channel_not_found,
        // not_in_channel, is_archived...) Slack will refuse again
        if (!posted.isOk()) {
            throw DeliveryFailure.refused("Slack refused the message: " + posted.getError());
        }
    }
}
