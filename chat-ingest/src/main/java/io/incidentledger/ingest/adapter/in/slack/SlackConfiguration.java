package io.incidentledger.ingest.adapter.in.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.util.SlackRequestParser;
import io.incidentledger.ingest.application.ChatCommandService;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlackProperties.class)
class SlackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);
    private static final String LOCAL_SECRET = "local-signing-secret";

    @Bean
    AppConfig slackAppConfig(SlackProperties properties) {
        if (properties.signingSecret() == null || properties.signingSecret().isBlank()) {
            log.warn("SLACK_SIGNING_SECRET is not set: every request to /slack/events will be refused with 401");
        } else if (LOCAL_SECRET.equals(properties.signingSecret())) {
            log.warn("Slack requests are verified with the well-known local secret '{}': never expose this "
                    + "instance; set SLACK_SIGNING_SECRET to your app's secret", LOCAL_SECRET);
        }
        var slackConfig = new SlackConfig();
        // tests and air-gapped installs point this at a local server
        slackConfig.setMethodsEndpointUrlPrefix(properties.apiUrl());
        return AppConfig.builder()
                .signingSecret(properties.signingSecret() == null ? "" : properties.signingSecret())
                .singleTeamBotToken(blankToNull(properties.botToken()))
                .slack(Slack.getInstance(slackConfig))
                .build();
    }

    @Bean
    App slackApp(AppConfig config, SlackProperties properties, ChatCommandService service, Clock clock) {
        var app = new App(config);
        new SlackCommandHandlers(service, clock).registerOn(app, properties.command());
        return app;
    }

    @Bean
    SlackRequestParser slackRequestParser(AppConfig config) {
        return new SlackRequestParser(config);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
