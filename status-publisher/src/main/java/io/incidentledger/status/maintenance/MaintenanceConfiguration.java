package io.incidentledger.status.maintenance;

import io.incidentledger.projections.maintenance.MaintenanceViews;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.notify.MaintenanceReminders;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MaintenanceConfiguration {

    @Bean
    MaintenanceSchedule maintenanceSchedule(MaintenanceViews views, CommandGateway commands, MaintenanceReminders reminders,
                                            StatusPageProperties properties, Clock clock) {
        var maintenance = properties.maintenance();
        return new MaintenanceSchedule(views, commands, reminders, maintenance.remindBefore(), maintenance.checkEvery(), clock);
    }

    @Autowired
    void configureProcessor(EventProcessingConfigurer processing) {
        // its token beside the view's rows: a restart folds on from where it stopped, a wiped table from the start
        processing.registerTrackingEventProcessor(JdbcMaintenanceViews.PROCESSING_GROUP);
        // a processor of its own, so a new install fills the log from the ledger's first event
        processing.registerTrackingEventProcessor(MaintenanceEventLog.PROCESSING_GROUP);
    }
}
