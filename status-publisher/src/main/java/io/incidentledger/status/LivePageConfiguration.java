package io.incidentledger.status;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.projections.maintenance.MaintenanceViews;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.status.names.DisplayNames;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live page's one render thread, the filter that serves its bytes, and a pass each second that turns its minute
 * when nobody asks.
 */
@Configuration(proxyBeanMethods = false)
class LivePageConfiguration {

    // not a bean of its own: an Executor bean would turn off Boot's task executor
    @Bean(destroyMethod = "close")
    LivePage livePage(CurrentIncidents incidents, DisplayNames names, MaintenanceViews maintenances,
                      StatusDocuments documents, ComponentCatalog catalog, Clock clock) {
        ExecutorService renders = Executors.newSingleThreadExecutor(runnable -> {
            var thread = new Thread(runnable, "status-page-render");
            thread.setDaemon(true);
            return thread;
        });
        return new LivePage(incidents, names, maintenances, documents, catalog, clock, renders);
    }

    /** Registered for every path before the other filters; it lets all but the plain live reads through. */
    @Bean
    LiveDocumentFilter liveDocumentFilter(LivePage page, StatusDocuments documents) {
        return new LiveDocumentFilter(page, documents);
    }

    @Bean
    PeriodicPass livePageMinutes(LivePage page) {
        return new PeriodicPass("status-page-minutes", Duration.ofSeconds(1)) {
            @Override
            protected void runOnce() {
                page.refreshIfStale();
            }
        };
    }
}
