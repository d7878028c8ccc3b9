package io.incidentledger.projections;

import io.incidentledger.projections.kafka.ViewRecords;
import io.incidentledger.projections.metrics.IncidentMetricsTopology;
import io.incidentledger.projections.status.CurrentIncidentsTopology;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Raises {@code max.message.bytes} on view, repairs and changelog topics that an older version created: Kafka
 * applies a topic's config only at creation, so an upgraded installation would still stop its projections on its
 * busiest incident. Runs before Streams starts; only ever raises; a failure is logged, since views under 1 MB work.
 */
@Component
class ViewTopicLimits implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ViewTopicLimits.class);
    private static final String LIMIT = TopicConfig.MAX_MESSAGE_BYTES_CONFIG;

    private final KafkaAdmin kafkaAdmin;
    private final ProjectionsProperties properties;

    ViewTopicLimits(KafkaAdmin kafkaAdmin, ProjectionsProperties properties) {
        this.kafkaAdmin = kafkaAdmin;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        raise(kafkaAdmin.getConfigurationProperties(), topics(properties.applicationId()));
    }

    static List<String> topics(String applicationId) {
        return List.of(CurrentIncidentsTopology.VIEWS_TOPIC, IncidentMetricsTopology.METRICS_TOPIC,
                CurrentIncidentsTopology.REPAIRS_TOPIC, IncidentMetricsTopology.REPAIRS_TOPIC,
                changelog(applicationId, CurrentIncidentsTopology.AGGREGATE_STORE),
                changelog(applicationId, IncidentMetricsTopology.AGGREGATE_STORE));
    }

    /** Answers the existing topics whose limit was below {@link ViewRecords#MAX_BYTES} and is now raised. */
    static Set<String> raise(Map<String, Object> adminConfig, Collection<String> topics) {
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<ConfigResource> resources = topics.stream().filter(existing::contains)
                    .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(10, TimeUnit.SECONDS);
            var raise = List.of(new AlterConfigOp(new ConfigEntry(LIMIT, String.valueOf(ViewRecords.MAX_BYTES)),
                    AlterConfigOp.OpType.SET));
            Map<ConfigResource, Collection<AlterConfigOp>> changes = configs.entrySet().stream()
                    .filter(entry -> below(entry.getValue().get(LIMIT)))
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> raise));
            if (changes.isEmpty()) {
                return Set.of();
            }
            admin.incrementalAlterConfigs(changes).all().get(10, TimeUnit.SECONDS);
            Set<String> raised = changes.keySet().stream().map(ConfigResource::name).collect(Collectors.toSet());
            log.info("Raised {} to {} on {}", LIMIT, ViewRecords.MAX_BYTES, raised);
            return raised;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        } catch (Exception e) {
            log.warn("Could not raise {} on {}: a view over 1 MB would stop the projections", LIMIT, topics, e);
            return Set.of();
        }
    }

    private static boolean below(ConfigEntry limit) {
        return limit == null || limit.value() == null || Long.parseLong(limit.value()) < ViewRecords.MAX_BYTES;
    }

    // the name Kafka Streams gives a logged store's changelog
    private static String changelog(String applicationId, String store) {
        return applicationId + "-" + store + "-changelog";
    }
}
