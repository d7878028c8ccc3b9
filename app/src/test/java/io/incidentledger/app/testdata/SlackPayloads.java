package io.incidentledger.app.testdata;

/** Events API and interactivity payloads in the exact shapes Slack sends them. */
public final class SlackPayloads {

    private SlackPayloads() {
    }

    public static String eventCallback(String eventId, String eventJson) {
        return "{\"token\":\"legacy\",\"team_id\":\"T0TEST\",\"api_app_id\":\"A0TEST\",\"event\":" + eventJson
                + ",\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event_time\":1700000100,"
                + "\"authorizations\":[{\"enterprise_id\":null,\"team_id\":\"T0TEST\",\"user_id\":\"U0BOT\",\"is_bot\":true}],"
                + "\"is_ext_shared_channel\":false}";
    }

    public static String message(String channel, String user, String ts, String text) {
        return "{\"type\":\"message\",\"channel\":\"" + channel + "\",\"user\":\"" + user + "\",\"text\":\"" + text
                + "\",\"ts\":\"" + ts + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\",\"team\":\"T0TEST\"}";
    }

    public static String threadReply(String channel, String user, String ts, String threadTs, String text) {
        return "{\"type\":\"message\",\"channel\":\"" + channel + "\",\"user\":\"" + user + "\",\"text\":\"" + text
                + "\",\"ts\":\"" + ts + "\",\"thread_ts\":\"" + threadTs + "\",\"parent_user_id\":\"U0ADA\","
                + "\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"}";
    }

    public static String messageChanged(String channel, String user, String ts, String before, String after, String eventTs) {
        return "{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel\":\"" + channel + "\",\"hidden\":true,"
                + "\"message\":{\"type\":\"message\",\"user\":\"" + user + "\",\"text\":\"" + after + "\",\"ts\":\"" + ts
                + "\",\"edited\":{\"user\":\"" + user + "\",\"ts\":\"" + eventTs + "\"}},"
                + "\"previous_message\":{\"type\":\"message\",\"user\":\"" + user + "\",\"text\":\"" + before + "\",\"ts\":\"" + ts + "\"},"
                + "\"event_ts\":\"" + eventTs + "\",\"ts\":\"" + eventTs + "\",\"channel_type\":\"channel\"}";
    }

    public static String messageDeleted(String channel, String user, String ts, String text, String eventTs) {
        return "{\"type\":\"message\",\"subtype\":\"message_deleted\",\"channel\":\"" + channel + "\",\"hidden\":true,"
                + "\"deleted_ts\":\"" + ts + "\",\"previous_message\":{\"type\":\"message\",\"user\":\"" + user
                + "\",\"text\":\"" + text + "\",\"ts\":\"" + ts + "\"},\"event_ts\":\"" + eventTs + "\",\"ts\":\"" + eventTs
                + "\",\"channel_type\":\"channel\"}";
    }

    public static String pinAdded(String channel, String user, String ts, String text, String eventTs) {
        return "{\"type\":\"pin_added\",\"user\":\"" + user + "\",\"channel_id\":\"" + channel + "\",\"item\":{\"type\":\"message\","
                + "\"channel\":\"" + channel + "\",\"created\":1700000300,\"created_by\":\"" + user + "\",\"message\":{"
                + "\"type\":\"message\",\"user\":\"" + user + "\",\"text\":\"" + text + "\",\"ts\":\"" + ts + "\"}},"
                + "\"item_user\":\"" + user + "\",\"pin_count\":1,\"event_ts\":\"" + eventTs + "\"}";
    }

    public static String pinRemoved(String channel, String user, String ts, String text, String eventTs) {
        return "{\"type\":\"pin_removed\",\"user\":\"" + user + "\",\"channel_id\":\"" + channel + "\",\"item\":{\"type\":\"message\","
                + "\"channel\":\"" + channel + "\",\"created\":1700000300,\"created_by\":\"" + user + "\",\"message\":{"
                + "\"type\":\"message\",\"user\":\"" + user + "\",\"text\":\"" + text + "\",\"ts\":\"" + ts + "\"}},"
                + "\"item_user\":\"" + user + "\",\"pin_count\":0,\"has_pins\":false,\"event_ts\":\"" + eventTs + "\"}";
    }

    public static String reactionAdded(String channel, String user, String ts, String emoji, String eventTs) {
        return "{\"type\":\"reaction_added\",\"user\":\"" + user + "\",\"reaction\":\"" + emoji + "\",\"item_user\":\"U0ADA\","
                + "\"item\":{\"type\":\"message\",\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\"},\"event_ts\":\"" + eventTs + "\"}";
    }

    public static String botMessage(String channel, String ts, String text) {
        return "{\"type\":\"message\",\"subtype\":\"bot_message\",\"channel\":\"" + channel + "\",\"bot_id\":\"B0BOT\","
                + "\"text\":\"" + text + "\",\"ts\":\"" + ts + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"}";
    }

    public static String threadBroadcast(String channel, String user, String ts, String threadTs, String text) {
        return "{\"type\":\"message\",\"subtype\":\"thread_broadcast\",\"text\":\"" + text + "\",\"user\":\"" + user
                + "\",\"ts\":\"" + ts + "\",\"thread_ts\":\"" + threadTs + "\",\"root\":{\"type\":\"message\",\"user\":\"U0ADA\","
                + "\"text\":\"root\",\"ts\":\"" + threadTs + "\",\"thread_ts\":\"" + threadTs + "\",\"reply_count\":1},"
                + "\"client_msg_id\":\"" + java.util.UUID.randomUUID() + "\",\"channel\":\"" + channel + "\",\"event_ts\":\"" + ts
                + "\",\"channel_type\":\"channel\"}";
    }

    public static String meMessage(String channel, String user, String ts, String text) {
        return "{\"type\":\"message\",\"subtype\":\"me_message\",\"channel\":\"" + channel + "\",\"user\":\"" + user
                + "\",\"text\":\"" + text + "\",\"ts\":\"" + ts + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"}";
    }

    /** {@code filesJson} is the {@code files} value as Slack sends it: an array of file objects. */
    public static String fileShare(String channel, String user, String ts, String text, String filesJson) {
        return "{\"type\":\"message\",\"subtype\":\"file_share\",\"text\":\"" + text + "\",\"files\":" + filesJson
                + ",\"upload\":false,\"user\":\"" + user + "\",\"display_as_bot\":false,\"ts\":\"" + ts + "\",\"channel\":\""
                + channel + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"}";
    }

    public static String file(String id, String name) {
        return "{\"id\":\"" + id + "\",\"created\":1700000100,\"timestamp\":1700000100,\"name\":\"" + name + "\",\"title\":\""
                + name + "\",\"mimetype\":\"text/plain\",\"filetype\":\"text\",\"user\":\"U0ADA\",\"mode\":\"hosted\","
                + "\"permalink\":\"https://acme.slack.com/files/U0ADA/" + id + "/" + name + "\",\"size\":1024}";
    }

    /** A channel event the app itself causes or that is no conversation: {@code channel_join}, {@code channel_topic}… */
    public static String channelEvent(String subtype, String channel, String user, String ts, String text, String extraJson) {
        return "{\"type\":\"message\",\"subtype\":\"" + subtype + "\",\"ts\":\"" + ts + "\",\"user\":\"" + user
                + "\",\"text\":\"" + text + "\"" + (extraJson.isEmpty() ? "" : "," + extraJson) + ",\"channel\":\"" + channel
                + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"}";
    }

    public static String declareFormSubmission(String user, String channel, String viewId, String title, String severity,
                                               String summary, String component) {
        return declareFormSubmission(user, channel, viewId, title, severity, summary, null, null, component);
    }

    /** The declare form as submitted, with every field; {@code impact} and {@code lead} (a user id) may be null. */
    public static String declareFormSubmission(String user, String channel, String viewId, String title, String severity,
                                               String summary, String impact, String lead, String component) {
        return "{\"type\":\"view_submission\",\"team\":{\"id\":\"T0TEST\",\"domain\":\"acme\"},"
                + "\"user\":{\"id\":\"" + user + "\",\"username\":\"ada\",\"name\":\"ada\",\"team_id\":\"T0TEST\"},"
                + "\"api_app_id\":\"A0TEST\",\"token\":\"legacy\",\"trigger_id\":\"1.2.form\",\"view\":{\"id\":\"" + viewId
                + "\",\"team_id\":\"T0TEST\",\"type\":\"modal\",\"callback_id\":\"declare_incident\",\"private_metadata\":\""
                + channel + "\",\"hash\":\"1.abc\",\"state\":{\"values\":{"
                + "\"title\":{\"title\":{\"type\":\"plain_text_input\",\"value\":" + quoted(title) + "}},"
                + "\"summary\":{\"summary\":{\"type\":\"plain_text_input\",\"value\":" + quoted(summary) + "}},"
                + "\"impact\":{\"impact\":{\"type\":\"plain_text_input\",\"value\":" + quoted(impact) + "}},"
                + "\"severity\":{\"severity\":{\"type\":\"static_select\",\"selected_option\":{\"text\":{\"type\":\"plain_text\","
                + "\"text\":\"SEV" + severity + "\"},\"value\":\"" + severity + "\"}}},"
                + "\"lead\":{\"lead\":{\"type\":\"users_select\",\"selected_user\":" + quoted(lead) + "}},"
                + "\"components\":{\"components\":{\"type\":\"multi_static_select\",\"selected_options\":[{\"text\":{"
                + "\"type\":\"plain_text\",\"text\":\"" + component + "\"},\"value\":\"" + component + "\"}]}}}}},"
                + "\"response_urls\":[],\"is_enterprise_install\":false}";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    public static String buttonClick(String user, String channel, String actionId, String ref, String responseUrl) {
        return buttonClick(user, channel, actionId, ref, responseUrl, "1.2.button-" + actionId, "1700000200.000001");
    }

    /** A click with its own trigger id and action time, as every real click has. */
    public static String buttonClick(String user, String channel, String actionId, String ref, String responseUrl,
                                     String triggerId, String actionTs) {
        return "{\"type\":\"block_actions\",\"team\":{\"id\":\"T0TEST\",\"domain\":\"acme\"},"
                + "\"user\":{\"id\":\"" + user + "\",\"username\":\"ada\",\"name\":\"ada\",\"team_id\":\"T0TEST\"},"
                + "\"api_app_id\":\"A0TEST\",\"token\":\"legacy\",\"container\":{\"type\":\"message\",\"message_ts\":\"1700000000.000101\","
                + "\"channel_id\":\"" + channel + "\",\"is_ephemeral\":false},\"trigger_id\":\"" + triggerId + "\","
                + "\"channel\":{\"id\":\"" + channel + "\",\"name\":\"inc\"},\"message\":{\"type\":\"message\",\"ts\":\"1700000000.000101\","
                + "\"text\":\"headline\"},\"response_url\":\"" + responseUrl + "\",\"actions\":[{\"action_id\":\"" + actionId
                + "\",\"block_id\":\"headline_actions\",\"text\":{\"type\":\"plain_text\",\"text\":\"Go\"},\"value\":\"" + ref
                + "\",\"type\":\"button\",\"action_ts\":\"" + actionTs + "\"}]}";
    }
}
