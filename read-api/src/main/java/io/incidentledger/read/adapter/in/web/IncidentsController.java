package io.incidentledger.read.adapter.in.web;

import static io.incidentledger.api.http.ErrorCode.BAD_PARAMETER;
import static io.incidentledger.api.http.ErrorCode.NOT_FOUND;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.IncidentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Incidents", description = "Incidents as the status model knows them, with their metrics")
class IncidentsController {

    private final CurrentIncidents incidents;
    private final LedgerMetrics metrics;

    IncidentsController(CurrentIncidents incidents, LedgerMetrics metrics) {
        this.incidents = incidents;
        this.metrics = metrics;
    }

    @GetMapping("/api/incidents")
    @Operation(summary = "List incidents, newest first", description = "Filters combine: status, severity, and "
            + "declared within [from, to).")
    List<IncidentView> list(
            @Parameter(description = "investigating, identified, monitoring, resolved or closed") @RequestParam(required = false) String status,
            @Parameter(description = "1-4 or SEV1-SEV4") @RequestParam(required = false) String severity,
            @Parameter(description = "Declared at or after, ISO-8601") @RequestParam(required = false) String from,
            @Parameter(description = "Declared before, ISO-8601") @RequestParam(required = false) String to) {
        IncidentStatus wantedStatus = status == null ? null : IncidentStatus.parse(status).orElseThrow(() -> new ApiException(
                BAD_PARAMETER, "status must be investigating, identified, monitoring, resolved or closed, not '" + status + "'"));
        Severity wantedSeverity = severity == null ? null : Severity.parse(severity).orElseThrow(() -> new ApiException(
                BAD_PARAMETER, "severity must be 1 to 4 (or SEV1 to SEV4), not '" + severity + "'"));
        Instant after = Params.instant("from", from);
        Instant before = Params.instant("to", to);
        return incidents.all().stream()
                .filter(v -> wantedStatus == null || v.status() == wantedStatus)
                .filter(v -> wantedSeverity == null || v.severity() == wantedSeverity)
                .filter(v -> after == null || !v.createdAt().isBefore(after))
                .filter(v -> before == null || v.createdAt().isBefore(before))
                .toList();
    }

    @GetMapping("/api/incidents/{ref}")
    @Operation(summary = "One incident: its status model and its metrics")
    IncidentDetail one(@Parameter(description = "e.g. INC-42") @PathVariable String ref) {
        String wanted = Params.ref(ref).toString();
        IncidentView view = incidents.all().stream().filter(v -> v.ref().toString().equals(wanted)).findFirst()
                .orElseThrow(() -> new ApiException(NOT_FOUND, "There is no incident " + wanted));
        return new IncidentDetail(view, metrics.find(view.ref()).map(IncidentMetricsView::of).orElse(null));
    }
}
