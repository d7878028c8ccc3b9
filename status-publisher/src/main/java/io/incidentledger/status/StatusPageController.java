package io.incidentledger.status;

import io.incidentledger.status.http.CachedResponse;
import io.incidentledger.status.text.PageTexts;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every status output, live or (with {@code ?at=}) as it was at a past instant, with conditional GET. */
@RestController
@Tag(name = "Status page",
        description = "Public: the page, Statuspage v2-compatible JSON and the feeds, live or as of a past instant")
class StatusPageController {

    private static final String AT = "A past instant, ISO-8601 (2026-11-22T09:30:00Z): the output as it was then";

    static final Duration LIVE_MAX_AGE = Duration.ofSeconds(10);
    static final Duration HISTORICAL_MAX_AGE = Duration.ofMinutes(5);

    private final PastDocuments past;
    private final StatusDocuments documents;
    private final LivePage live;
    private final Clock clock;

    StatusPageController(PastDocuments past, StatusDocuments documents, LivePage live, Clock clock) {
        this.past = past;
        this.documents = documents;
        this.live = live;
        this.clock = clock;
    }

    @GetMapping({"/", "/index.html"})
    @Operation(operationId = "statusPage",
            summary = "The public status page (HTML), in the offered language that Accept-Language prefers")
    ResponseEntity<byte[]> page(@Parameter(description = AT) @RequestParam(required = false) String at,
            @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.PAGE, at, headers);
    }

    @GetMapping("/api/v2/summary.json")
    @Operation(operationId = "statusSummary",
            summary = "Statuspage v2 summary: page, status, components and unresolved incidents")
    ResponseEntity<byte[]> summary(@Parameter(description = AT) @RequestParam(required = false) String at,
            @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.SUMMARY, at, headers);
    }

    @GetMapping("/api/v2/status.json")
    @Operation(operationId = "statusIndicator",
            summary = "Statuspage v2 status: the page's overall indicator")
    ResponseEntity<byte[]> status(@Parameter(description = AT) @RequestParam(required = false) String at,
            @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.STATUS, at, headers);
    }

    @GetMapping("/api/v2/components.json")
    @Operation(operationId = "statusComponents", summary = "Statuspage v2 components and their status")
    ResponseEntity<byte[]> components(@Parameter(description = AT) @RequestParam(required = false) String at,
            @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.COMPONENTS, at, headers);
    }

    @GetMapping("/api/v2/incidents.json")
    @Operation(operationId = "statusIncidents", summary = "Statuspage v2 incidents: the most recent ones")
    ResponseEntity<byte[]> incidents(@Parameter(description = AT) @RequestParam(required = false) String at,
            @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.INCIDENTS, at, headers);
    }

    @GetMapping("/api/v2/incidents/unresolved.json")
    @Operation(operationId = "statusUnresolvedIncidents",
            summary = "Statuspage v2 incidents not yet resolved")
    ResponseEntity<byte[]> unresolved(@Parameter(description = AT) @RequestParam(required = false) String at,
            @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.UNRESOLVED, at, headers);
    }

    @GetMapping("/api/v2/scheduled-maintenances.json")
    @Operation(operationId = "statusMaintenances", summary = "Statuspage v2 scheduled maintenances: the most recent ones")
    ResponseEntity<byte[]> maintenances(@Parameter(description = AT) @RequestParam(required = false) String at,
            @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.MAINTENANCES, at, headers);
    }

    @GetMapping("/api/v2/scheduled-maintenances/upcoming.json")
    @Operation(operationId = "statusUpcomingMaintenances", summary = "Statuspage v2 scheduled maintenances not yet started")
    ResponseEntity<byte[]> upcomingMaintenances(@Parameter(description = AT) @RequestParam(required = false) String at,
            @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.UPCOMING_MAINTENANCES, at, headers);
    }

    @GetMapping("/api/v2/scheduled-maintenances/active.json")
    @Operation(operationId = "statusActiveMaintenances", summary = "Statuspage v2 scheduled maintenances in progress or verifying")
    ResponseEntity<byte[]> activeMaintenances(@Parameter(description = AT) @RequestParam(required = false) String at,
            @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.ACTIVE_MAINTENANCES, at, headers);
    }

    @GetMapping("/history.atom")
    @Operation(operationId = "historyAtom", summary = "Incident history as an Atom feed")
    ResponseEntity<byte[]> atom(@Parameter(description = AT) @RequestParam(required = false) String at,
            @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.ATOM, at, headers);
    }

    @GetMapping("/history.rss")
    @Operation(operationId = "historyRss", summary = "Incident history as an RSS feed")
    ResponseEntity<byte[]> rss(@Parameter(description = AT) @RequestParam(required = false) String at,
            @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.RSS, at, headers);
    }

    private ResponseEntity<byte[]> serve(StatusDocument document, String at, HttpHeaders headers) {
        boolean localised = document == StatusDocument.PAGE;
        PageTexts texts = localised ? documents.languages().preferred(headers.getFirst(HttpHeaders.ACCEPT_LANGUAGE))
                : documents.languages().fallback();
        List<String> vary = localised ? List.of(HttpHeaders.ACCEPT_LANGUAGE) : List.of();
        if (at == null || at.isBlank()) {
            RenderedPage page = live.current();
            RenderedDocument rendered = page.document(document, texts.locale());
            return CachedResponse.of(rendered.body(), rendered.etag(), document.mediaType(), page.lastChange(),
                    LIVE_MAX_AGE, headers, vary);
        }
        PastDocuments.Served served = past.serve(document, AsOfParameter.parse(at, clock.instant()), texts);
        return CachedResponse.of(served.document().body(), served.document().etag(), document.mediaType(),
                served.lastChange(), HISTORICAL_MAX_AGE, headers, vary);
    }
}
