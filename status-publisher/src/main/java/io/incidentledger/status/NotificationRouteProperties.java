package io.incidentledger.status;

/**
 * One notification route. {@code type} is {@code slack} (target: a channel id, posted through chat-ingest's Slack
 * client with its bot token), {@code teams} (target: an incoming-webhook URL) or {@code webhook} (target: a URL; the
 * JSON body is signed with {@code secret}).
 */
public record NotificationRouteProperties(String name, String type, String target, String secret) {
}
