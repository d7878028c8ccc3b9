package io.incidentledger.localservers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class ServerUrlsMissingFailureAnalyzerTest {

    private static final String SENTENCE = "ELASTICSEARCH_URL is not set: point it at your Elasticsearch, or start"
            + " with the local profile (SPRING_PROFILES_ACTIVE=local) to run embedded servers.";

    @Test
    void aStartWithoutAUrlPrintsTheSentenceAndNoStackTrace(CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(EmptyApplication.class)
                .web(WebApplicationType.NONE)
                .properties("ledger.db.url=jdbc:postgresql://db.example/ledger",
                        "kafka.bootstrap.servers=kafka.example:9092");

        assertThatThrownBy(application::run).isInstanceOf(ServerUrlsMissingException.class);

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", SENTENCE,
                "Set ELASTICSEARCH_URL, or set ledger.local.enabled=true");
        assertThat(output.getAll()).doesNotContain("\tat ", "Exception");
        assertThat(LocalServers.anyRunning()).isFalse();
    }

    @Configuration(proxyBeanMethods = false)
    static class EmptyApplication {
    }
}
