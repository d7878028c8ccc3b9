package io.incidentledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.projections.kafka.ViewRecords;
import io.incidentledger.projections.testdata.LocalKafka;
import io.incidentledger.projections.metrics.IncidentMetricsTopology;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ViewTopicLimitsIT {

    private static final String APPLICATION_ID = "upgraded";
    private static final String CHANGELOG = APPLICATION_ID + "-" + IncidentMetricsTopology.AGGREGATE_STORE + "-changelog";
    private static final String LARGER = String.valueOf(2L * ViewRecords.MAX_BYTES);

    private static String kafka;

    @BeforeAll
    static void startKafka() {
        kafka = LocalKafka.start();
    }

    @AfterAll
    static void stopKafka() {
        LocalKafka.stop();
    }

    @Test
    void topicsAnOlderVersionCreatedWithTheDefaultLimitAreRaisedAndNoneIsLowered() throws Exception {
        var larger = new NewTopic(IncidentMetricsTopology.REPAIRS_TOPIC, 1, (short) 1)
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, LARGER));
        LocalKafka.createTopics(kafka, List.of(new NewTopic(IncidentMetricsTopology.METRICS_TOPIC, 1, (short) 1),
                new NewTopic(CHANGELOG, 1, (short) 1), larger));
        var adminConfig = LocalKafka.adminConfig(kafka);

        var raised = ViewTopicLimits.raise(adminConfig, ViewTopicLimits.topics(APPLICATION_ID));

        assertThat(raised).containsExactlyInAnyOrder(IncidentMetricsTopology.METRICS_TOPIC, CHANGELOG);
        assertThat(limitOf(IncidentMetricsTopology.METRICS_TOPIC)).isEqualTo(String.valueOf(ViewRecords.MAX_BYTES));
        assertThat(limitOf(CHANGELOG)).isEqualTo(String.valueOf(ViewRecords.MAX_BYTES));
        assertThat(limitOf(IncidentMetricsTopology.REPAIRS_TOPIC)).isEqualTo(LARGER);
        assertThat(ViewTopicLimits.raise(adminConfig, ViewTopicLimits.topics(APPLICATION_ID))).isEmpty();
    }

    private static String limitOf(String topic) throws Exception {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = Admin.create(LocalKafka.adminConfig(kafka))) {
            return admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource)
                    .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value();
        }
    }
}
