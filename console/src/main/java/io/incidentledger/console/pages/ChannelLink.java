package io.incidentledger.console.pages;

import io.incidentledger.api.id.Platform;
import io.incidentledger.api.query.IncidentChannel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A link into the incident's chat: Slack's app_redirect opens a channel by id in whichever workspace the viewer
 * is signed in to; a Teams thread opens by its conversation id.
 */
record ChannelLink(String label, String href) {

    static ChannelLink of(IncidentChannel channel) {
        String id = URLEncoder.encode(channel.channelId(), StandardCharsets.UTF_8);
        if (channel.platform() == Platform.TEAMS) {
            return new ChannelLink("Teams thread", "https://teams.microsoft.com/l/message/" + id + "/0");
        }
        return new ChannelLink("Slack channel " + channel.channelId(), "https://slack.com/app_redirect?channel=" + id);
    }
}
