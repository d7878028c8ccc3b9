package io.incidentledger.status;

import io.incidentledger.status.http.CachedResponse;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every status output, live or (with {@code ?at=}) as it was at a past instant, with conditional GET. */
@RestController
class StatusPageController {

    static final Duration LIVE_MAX_AGE = Duration.ofSeconds(10);
    static final Duration HISTORICAL_MAX_AGE = Duration.ofMinutes(5);

    private final StatusSnapshots snapshots;
    private final StatusDocuments documents;
    private final LiveDocuments live;
    private final Clock clock;

    StatusPageController(StatusSnapshots snapshots, StatusDocuments documents, LiveDocuments live, Clock clock) {
        this.snapshots = snapshots;
        this.documents = documents;
        this.live = live;
        this.clock = clock;
    }

    @GetMapping({"/", "/index.html"})
    ResponseEntity<byte[]> page(@RequestParam(required = false) String at, @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.PAGE, at, headers);
    }

    @GetMapping("/api/v2/summary.json")
    ResponseEntity<byte[]> summary(@RequestParam(required = false) String at, @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.SUMMARY, at, headers);
    }

    @GetMapping("/api/v2/status.json")
    ResponseEntity<byte[]> status(@RequestParam(required = false) String at, @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.STATUS, at, headers);
    }

    @GetMapping("/api/v2/components.json")
    ResponseEntity<byte[]> components(@RequestParam(required = false) String at, @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.COMPONENTS, at, headers);
    }

    @GetMapping("/api/v2/incidents.json")
    ResponseEntity<byte[]> incidents(@RequestParam(required = false) String at, @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.INCIDENTS, at, headers);
    }

    @GetMapping("/api/v2/incidents/unresolved.json")
    ResponseEntity<byte[]> unresolved(@RequestParam(required = false) String at, @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.UNRESOLVED, at, headers);
    }

    @GetMapping("/history.atom")
    ResponseEntity<byte[]> atom(@RequestParam(required = false) String at, @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.ATOM, at, headers);
    }

    @GetMapping("/history.rss")
    ResponseEntity<byte[]> rss(@RequestParam(required = false) String at, @RequestHeader HttpHeaders headers) {
        return serve(StatusDocument.RSS, at, headers);
    }

    private ResponseEntity<byte[]> serve(StatusDocument document, String at, HttpHeaders headers) {
        if (at == null || at.isBlank()) {
            StatusSnapshot snapshot = snapshots.live();
            RenderedDocument rendered = live.render(document, snapshot);
            return CachedResponse.of(rendered.body(), rendered.etag(), document.mediaType(), snapshot.lastChange(),
                    LIVE_MAX_AGE, headers);
        }
        StatusSnapshot snapshot = snapshots.at(AsOfParameter.parse(at, clock.instant()));
        return CachedResponse.of(documents.render(document, snapshot), document.mediaType(), snapshot.lastChange(),
                HISTORICAL_MAX_AGE, headers);
    }
}
