package io.incidentledger.ingest.slack;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code slack.*}, so that SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN and SLACK_API_URL bind directly.
 * Without a bot token the app still takes signed commands and skips every Web API call.
 *
 * @param announcementsChannel where new incidents are announced (a channel id); none when blank
 * @param channelPrefix        incident channels are named {@code <prefix>-<n>-<slug-of-title>}
 * @param timelineEmoji        reactions with these emoji add the message to the timeline
 */
@ConfigurationProperties("slack")
public record SlackProperties(
        String signingSecret,
        String botToken,
        @DefaultValue("https://slack.com/api/") String apiUrl,
        @DefaultValue("/incident") String command,
        String announcementsChannel,
        @DefaultValue("inc") String channelPrefix,
        @DefaultValue({"pushpin", "memo"}) List<String> timelineEmoji) {

    public boolean hasBotToken() {
        return botToken != null && !botToken.isBlank();
    }
}
