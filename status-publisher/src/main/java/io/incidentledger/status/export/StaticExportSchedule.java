package io.incidentledger.status.export;

import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.maintenance.MaintenanceViews;
import io.incidentledger.projections.status.ViewNotReady;
import io.incidentledger.status.PeriodicPass;
import io.incidentledger.status.StatusDocuments;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.names.DisplayNames;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** Polls the projection every {@code status-page.export.interval} while {@code STATUS_EXPORT_DIR} is set. */
@Component
@ConditionalOnExpression("'${status-page.export.dir:}' != ''")
class StaticExportSchedule extends PeriodicPass {

    private static final Logger log = LoggerFactory.getLogger(StaticExportSchedule.class);

    private final StaticExport export;
    private final StatusPageProperties properties;

    StaticExportSchedule(StatusPageProperties properties, CurrentIncidents incidents, MaintenanceViews maintenances,
                         StatusDocuments documents, DisplayNames names, Clock clock) {
        super("status-export", properties.export().interval());
        this.properties = properties;
        this.export = new StaticExport(properties.export().dir(), incidents, maintenances, documents, names, clock);
    }

    @Override
    public void start() {
        super.start();
        log.info("Exporting the status page to {}", properties.export().dir().toAbsolutePath());
    }

    @Override
    protected void runOnce() {
        try {
            if (export.exportIfChanged()) {
                log.debug("Status page exported to {}", properties.export().dir());
            }
        } catch (ViewNotReady notReady) {
            log.debug("Export waits for the view: {}", notReady.getMessage());
        } catch (Exception e) {
            // the next pass tries again: nothing was marked as written
            log.warn("Status page export to {} failed: {}", properties.export().dir(), e.toString());
        }
    }
}
