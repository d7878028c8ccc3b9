package io.incidentledger.status.notify;

import io.incidentledger.status.StatusPageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Deletes delivered notifications past their retention, so {@code status_notification} stays bounded. Runs on every
 * instance: the delete is idempotent, and rows not yet delivered are never touched, however old.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationOutboxPruning implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(NotificationOutboxPruning.class);

    private final JdbcTemplate jdbc;
    private final StatusPageProperties.Notifications notifications;

    NotificationOutboxPruning(JdbcTemplate jdbc, StatusPageProperties properties) {
        this.jdbc = jdbc;
        this.notifications = properties.notifications();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::pruneQuietly, notifications.pruneEvery());
    }

    /** Answers how many delivered notifications were deleted. */
    int prune() {
        int pruned = jdbc.update("DELETE FROM status_notification WHERE delivered_at < now() - ?::interval",
                notifications.retention().toSeconds() + " seconds");
        if (pruned > 0) {
            log.info("Deleted {} notifications delivered more than {} ago", pruned, notifications.retention());
        }
        return pruned;
    }

    // a database that is down now is tried again at the next run; the scheduler must not stop
    private void pruneQuietly() {
        try {
            prune();
        } catch (RuntimeException failed) {
            log.warn("Pruning status_notification failed, trying again in {}: {}", notifications.pruneEvery(),
                    failed.toString());
        }
    }
}
