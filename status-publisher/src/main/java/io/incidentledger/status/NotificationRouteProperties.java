package io.incidentledger.status;

/**
 * One notification route. {@code type} is {@code slack} (target: a channel id, posted with the bot token to
 * {@code slack.api-url}), {@code teams} (target: an incoming-webhook URL) or {@code webhook} (target: a URL; the
 * JSON body is signed with {@code secret}).
 */
public record NotificationRouteProperties(String name, String type, String target, String secret) {
}
