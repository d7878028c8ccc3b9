package io.incidentledger.ingest.adapter.in.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.incidentledger.ingest.application.ChatCommandService;
import io.incidentledger.ingest.application.ChatRecordService;
import io.incidentledger.ingest.slack.SlackProperties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The app's Bolt handlers as SlackConfiguration registers them, fed signed requests in Slack's own encodings:
 * slash commands and interactions as forms, events as JSON. Web API calls go to {@link FakeSlackApi}.
 */
final class SlackInbound {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final VerifiedSlackApp app;
    private final SlackRequestParser parser;

    SlackInbound(ChatCommandService commands, ChatRecordService record, FakeSlackApi api, boolean botToken) {
        var properties = new SlackProperties(SlackBoltDriver.SECRET, botToken ? "xoxb-unit" : null, api.apiUrl(), "/incident",
                null, "inc", List.of("pushpin", "memo"));
        var slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(api.apiUrl());
        AppConfig config = AppConfig.builder().signingSecret(SlackBoltDriver.SECRET)
                .singleTeamBotToken(botToken ? properties.botToken() : null).slack(Slack.getInstance(slackConfig)).build();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        app = new VerifiedSlackApp(config, new SlackRequestSignature(SlackBoltDriver.SECRET));
        new SlackCommandHandlers(commands, properties, List.of("API", "Checkout"), Runnable::run, clock).registerOn(app);
        new SlackInteractionHandlers(commands, Runnable::run, clock).registerOn(app);
        new SlackEventHandlers(record, properties.timelineEmoji(), clock).registerOn(app);
        parser = SharedGsonPayloadExtractor.parser(config);
    }

    Response slashCommand(String userId, String channelId, String text, String triggerId) throws Exception {
        String[] fields = {"token", "legacy-verification-token", "team_id", "T0TEST", "team_domain", "acme",
                "channel_id", channelId, "channel_name", "incidents", "user_id", userId, "user_name", "ada",
                "command", "/incident", "text", text, "api_app_id", "A0TEST", "is_enterprise_install", "false",
                "response_url", "https://hooks.slack.com/commands/T0TEST/1/abc", "trigger_id", triggerId};
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return post("application/x-www-form-urlencoded", form.toString());
    }

    Response interaction(String json) throws Exception {
        return post("application/x-www-form-urlencoded", "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8));
    }

    Response event(String eventId, String eventJson) throws Exception {
        return post("application/json", "{\"token\":\"legacy\",\"team_id\":\"T0TEST\",\"api_app_id\":\"A0TEST\",\"event\":"
                + eventJson + ",\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event_time\":1700000100,"
                + "\"authorizations\":[{\"enterprise_id\":null,\"team_id\":\"T0TEST\",\"user_id\":\"U0BOT\",\"is_bot\":true}],"
                + "\"is_ext_shared_channel\":false}");
    }

    private Response post(String contentType, String body) throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri("/slack/events").queryString(Map.of())
                .headers(new RequestHeaders(Map.of("Content-Type", List.of(contentType),
                        "X-Slack-Request-Timestamp", List.of(Long.toString(timestamp)),
                        "X-Slack-Signature", List.of(SlackBoltDriver.sign(SlackBoltDriver.SECRET, timestamp, bytes)))))
                .requestBody(body).remoteAddress("127.0.0.1").build());
        return app.run(request);
    }
}
