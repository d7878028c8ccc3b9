package io.incidentledger.ingest.adapter.in.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.util.SlackRequestParser;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.ingest.application.ChatCommandService;
import io.incidentledger.ingest.application.ChatRecordService;
import io.incidentledger.ingest.slack.SlackProperties;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers every Bolt handler in one place; each delegates at once to a use case. */
@Configuration(proxyBeanMethods = false)
class SlackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);
    private static final String LOCAL_SECRET = "local-signing-secret";

    @Bean
    Slack slack(SlackProperties properties) {
        var slackConfig = new SlackConfig();
        // tests and air-gapped installs point this at a local server
        slackConfig.setMethodsEndpointUrlPrefix(properties.apiUrl());
        return Slack.getInstance(slackConfig);
    }

    @Bean
    AppConfig slackAppConfig(SlackProperties properties, Slack slack) {
        if (properties.signingSecret() == null || properties.signingSecret().isBlank()) {
            log.warn("SLACK_SIGNING_SECRET is not set: every request to /slack/events will be refused with 401");
        } else if (LOCAL_SECRET.equals(properties.signingSecret())) {
            log.warn("Slack requests are verified with the well-known local secret '{}': never expose this "
                    + "instance; set SLACK_SIGNING_SECRET to your app's secret", LOCAL_SECRET);
        }
        if (!properties.hasBotToken()) {
            log.info("SLACK_BOT_TOKEN is not set: slash commands work, Slack Web API calls (channels, forms, headlines) are skipped");
        }
        return AppConfig.builder()
                .signingSecret(properties.signingSecret() == null ? "" : properties.signingSecret())
                .singleTeamBotToken(properties.hasBotToken() ? properties.botToken() : null)
                .slack(slack)
                .build();
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService slackExecutor() {
        var count = new AtomicInteger();
        return Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "slack-async-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    App slackApp(AppConfig config, SlackProperties properties, ChatCommandService commands, ChatRecordService record,
                 ExecutorService slackExecutor, Clock clock, ComponentCatalog components) {
        var app = new VerifiedSlackApp(config, new SlackRequestSignature(properties.signingSecret()));
        new SlackCommandHandlers(commands, properties, components.names(), slackExecutor, clock).registerOn(app);
        new SlackInteractionHandlers(commands, slackExecutor, clock).registerOn(app);
        new SlackEventHandlers(record, properties.timelineEmoji(), clock).registerOn(app);
        return app;
    }

    @Bean
    SlackRequestParser slackRequestParser(AppConfig config) {
        return SharedGsonPayloadExtractor.parser(config);
    }
}
