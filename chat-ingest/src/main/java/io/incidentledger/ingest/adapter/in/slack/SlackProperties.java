package io.incidentledger.ingest.adapter.in.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code slack.*}, so that SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN and SLACK_API_URL bind directly.
 * Without a bot token the app still takes signed commands and skips every Web API call.
 */
@ConfigurationProperties("slack")
public record SlackProperties(
        String signingSecret,
        String botToken,
        @DefaultValue("https://slack.com/api/") String apiUrl,
        @DefaultValue("/incident") String command) {
}
