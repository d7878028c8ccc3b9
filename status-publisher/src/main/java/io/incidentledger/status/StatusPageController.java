package io.incidentledger.status;

import io.incidentledger.api.http.ApiError;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.ViewNotReady;
import io.incidentledger.status.html.StatusPageHtml;
import io.incidentledger.status.statuspage.StatuspageIncidents;
import io.incidentledger.status.statuspage.StatuspageMapper;
import io.incidentledger.status.statuspage.StatuspageSummary;
import java.time.Clock;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatusPageController {

    private final CurrentIncidents incidents;
    private final StatusPageProperties page;
    private final Clock clock;

    StatusPageController(CurrentIncidents incidents, StatusPageProperties page, Clock clock) {
        this.incidents = incidents;
        this.page = page;
        this.clock = clock;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        return StatusPageHtml.render(page, incidents.all());
    }

    @GetMapping(path = "/api/v2/summary.json", produces = MediaType.APPLICATION_JSON_VALUE)
    StatuspageSummary summary() {
        return StatuspageMapper.summary(page, incidents.all(), clock.instant());
    }

    @GetMapping(path = "/api/v2/incidents.json", produces = MediaType.APPLICATION_JSON_VALUE)
    StatuspageIncidents incidents() {
        return StatuspageMapper.incidents(page, incidents.all(), clock.instant(), false);
    }

    @GetMapping(path = "/api/v2/incidents/unresolved.json", produces = MediaType.APPLICATION_JSON_VALUE)
    StatuspageIncidents unresolved() {
        return StatuspageMapper.incidents(page, incidents.all(), clock.instant(), true);
    }

    // a page that is still being built must not claim "all systems operational"
    @ExceptionHandler(ViewNotReady.class)
    ResponseEntity<ApiError> notReady(ViewNotReady notReady) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2")
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("view_starting", notReady.getMessage() + "; try again in a few seconds."));
    }
}
