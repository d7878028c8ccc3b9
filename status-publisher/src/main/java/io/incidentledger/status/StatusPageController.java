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
    private final Clock clock;

    StatusPageController(StatusSnapshots snapshots, StatusDocuments documents, Clock clock) {
        this.snapshots = snapshots;
        this.documents = documents;
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
        StatusSnapshot snapshot = at == null || at.isBlank() ? snapshots.live()
                : snapshots.at(AsOfParameter.parse(at, clock.instant()));
        return CachedResponse.of(documents.render(document, snapshot), document.mediaType(), snapshot.lastChange(),
                snapshot.historical() ? HISTORICAL_MAX_AGE : LIVE_MAX_AGE, headers);
    }
}
