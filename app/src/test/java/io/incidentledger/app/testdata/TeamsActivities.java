package io.incidentledger.app.testdata;

/** Bot Framework activities and outgoing-webhook payloads in the JSON shapes Teams sends (no recipient role, as Teams). */
public final class TeamsActivities {

    public static final String BOT = "28:incident-bot-app";

    private TeamsActivities() {
    }

    public static String mention(String serviceUrl, String conversation, String id, String user, String text) {
        return "{\"type\":\"message\",\"id\":\"" + id + "\",\"timestamp\":\"2026-11-22T10:00:00.000Z\",\"serviceUrl\":\""
                + serviceUrl + "\",\"channelId\":\"msteams\",\"from\":{\"id\":\"29:" + user + "\",\"name\":\"" + user
                + "\",\"aadObjectId\":\"" + user + "\"},\"conversation\":{\"isGroup\":true,\"conversationType\":\"channel\","
                + "\"tenantId\":\"t1\",\"id\":\"" + conversation + "\"},\"recipient\":{\"id\":\"" + BOT + "\",\"name\":\"IncidentBot\"},"
                + "\"textFormat\":\"plain\",\"text\":\"<at>IncidentBot</at> " + text + "\",\"entities\":[{\"type\":\"mention\","
                + "\"mentioned\":{\"id\":\"" + BOT + "\",\"name\":\"IncidentBot\"},\"text\":\"<at>IncidentBot</at>\"},"
                + "{\"type\":\"clientInfo\",\"locale\":\"en-US\",\"platform\":\"Web\",\"timezone\":\"Europe/Paris\"}],"
                + "\"channelData\":{\"teamsChannelId\":\"19:general@thread.tacv2\",\"teamsTeamId\":\"19:team@thread.tacv2\","
                + "\"channel\":{\"id\":\"19:general@thread.tacv2\"},\"team\":{\"id\":\"19:team@thread.tacv2\"},\"tenant\":{\"id\":\"t1\"}},"
                + "\"locale\":\"en-US\"}";
    }

    public static String message(String serviceUrl, String conversation, String id, String user, String text) {
        return "{\"type\":\"message\",\"id\":\"" + id + "\",\"timestamp\":\"2026-11-22T10:05:00.000Z\",\"serviceUrl\":\""
                + serviceUrl + "\",\"channelId\":\"msteams\",\"from\":{\"id\":\"29:" + user + "\",\"name\":\"" + user
                + "\",\"aadObjectId\":\"" + user + "\"},\"conversation\":{\"isGroup\":true,\"conversationType\":\"channel\","
                + "\"id\":\"" + conversation + "\"},\"recipient\":{\"id\":\"" + BOT + "\",\"name\":\"IncidentBot\"},"
                + "\"textFormat\":\"plain\",\"text\":\"" + text + "\",\"replyToId\":\"" + conversation.replaceAll(".*messageid=", "")
                + "\",\"channelData\":{\"tenant\":{\"id\":\"t1\"}}}";
    }

    public static String messageUpdate(String serviceUrl, String conversation, String id, String user, String text) {
        return "{\"type\":\"messageUpdate\",\"id\":\"" + id + "\",\"timestamp\":\"2026-11-22T10:06:00.000Z\",\"serviceUrl\":\""
                + serviceUrl + "\",\"channelId\":\"msteams\",\"from\":{\"id\":\"29:" + user + "\",\"aadObjectId\":\"" + user
                + "\"},\"conversation\":{\"conversationType\":\"channel\",\"id\":\"" + conversation + "\"},\"recipient\":{\"id\":\""
                + BOT + "\"},\"text\":\"" + text + "\",\"channelData\":{\"eventType\":\"editMessage\",\"tenant\":{\"id\":\"t1\"}}}";
    }

    public static String messageDelete(String serviceUrl, String conversation, String id, String user) {
        return "{\"type\":\"messageDelete\",\"id\":\"" + id + "\",\"timestamp\":\"2026-11-22T10:07:00.000Z\",\"serviceUrl\":\""
                + serviceUrl + "\",\"channelId\":\"msteams\",\"from\":{\"id\":\"29:" + user + "\",\"aadObjectId\":\"" + user
                + "\"},\"conversation\":{\"conversationType\":\"channel\",\"id\":\"" + conversation + "\"},\"recipient\":{\"id\":\""
                + BOT + "\"},\"channelData\":{\"eventType\":\"softDeleteMessage\",\"tenant\":{\"id\":\"t1\"}}}";
    }

    public static String reaction(String serviceUrl, String conversation, String id, String user, String replyTo, String type) {
        return "{\"type\":\"messageReaction\",\"id\":\"" + id + "\",\"timestamp\":\"2026-11-22T10:08:00.000Z\",\"serviceUrl\":\""
                + serviceUrl + "\",\"channelId\":\"msteams\",\"from\":{\"id\":\"29:" + user + "\",\"aadObjectId\":\"" + user
                + "\"},\"conversation\":{\"conversationType\":\"channel\",\"id\":\"" + conversation + "\"},\"recipient\":{\"id\":\""
                + BOT + "\"},\"reactionsAdded\":[{\"type\":\"" + type + "\"}],\"replyToId\":\"" + replyTo + "\","
                + "\"channelData\":{\"tenant\":{\"id\":\"t1\"}}}";
    }

    public static String botAdded(String serviceUrl, String conversation) {
        return "{\"type\":\"conversationUpdate\",\"id\":\"f:botadded\",\"timestamp\":\"2026-11-22T09:00:00.000Z\",\"serviceUrl\":\""
                + serviceUrl + "\",\"channelId\":\"msteams\",\"from\":{\"id\":\"29:admin\",\"aadObjectId\":\"admin\"},"
                + "\"conversation\":{\"isGroup\":true,\"conversationType\":\"channel\",\"id\":\"" + conversation + "\"},"
                + "\"recipient\":{\"id\":\"" + BOT + "\",\"name\":\"IncidentBot\"},\"membersAdded\":[{\"id\":\"" + BOT + "\"}],"
                + "\"channelData\":{\"eventType\":\"teamMemberAdded\",\"team\":{\"id\":\"19:team@thread.tacv2\"},\"tenant\":{\"id\":\"t1\"}}}";
    }

    public static String outgoingWebhook(String id, String user, String text) {
        return "{\"type\":\"message\",\"id\":\"" + id + "\",\"timestamp\":\"2026-11-22T11:00:00.000Z\",\"localTimestamp\":"
                + "\"2026-11-22T12:00:00.000+01:00\",\"serviceUrl\":\"https://smba.trafficmanager.net/emea/\",\"channelId\":\"msteams\","
                + "\"from\":{\"id\":\"29:" + user + "\",\"name\":\"" + user + "\",\"aadObjectId\":\"" + user + "\"},"
                + "\"conversation\":{\"isGroup\":true,\"id\":\"19:status@thread.skype;messageid=" + id + "\",\"name\":null,"
                + "\"conversationType\":\"channel\"},\"recipient\":null,\"textFormat\":\"plain\",\"attachmentLayout\":null,"
                + "\"membersAdded\":[],\"membersRemoved\":[],\"locale\":\"en-US\",\"text\":\"<at>StatusBot</at> " + text + "\","
                + "\"attachments\":[{\"contentType\":\"text/html\",\"content\":\"<div><span itemscope=\\\"\\\" itemtype=\\\"http://schema.skype.com/Mention\\\""
                + " itemid=\\\"0\\\">StatusBot</span> " + text + "</div>\"}],\"entities\":[{\"type\":\"clientInfo\",\"locale\":\"en-US\"}],"
                + "\"channelData\":{\"teamsChannelId\":\"19:status@thread.skype\",\"teamsTeamId\":\"19:team@thread.skype\","
                + "\"channel\":{\"id\":\"19:status@thread.skype\"},\"team\":{\"id\":\"19:team@thread.skype\"},\"tenant\":{\"id\":\"t1\"}},"
                + "\"replyToId\":null,\"value\":null,\"name\":null}";
    }
}
