package io.incidentledger.read.adapter.in.web;

import static io.incidentledger.api.http.ErrorCode.BAD_PARAMETER;
import static io.incidentledger.api.http.ErrorCode.NOT_FOUND;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.timeline.IncidentTimeline;
import io.incidentledger.projections.timeline.IncidentTimelines;
import io.incidentledger.read.application.review.ReviewMarkdown;
import io.incidentledger.read.application.review.TimelineMarkdown;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Retrospectives", description = "Timelines and draft post-incident reviews")
class TimelineController {

    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

    private final IncidentTimelines timelines;
    private final LedgerMetrics metrics;
    private final EncodedTimelines encoded;

    TimelineController(IncidentTimelines timelines, LedgerMetrics metrics, ObjectMapper json) {
        this.timelines = timelines;
        this.metrics = metrics;
        this.encoded = new EncodedTimelines(json, EncodedTimelines.MAX_BYTES);
    }

    @GetMapping("/api/incidents/{ref}/timeline")
    @Operation(summary = "An incident's timeline, ordered by when things happened",
            description = "Pins sit at the pinned message's time; edited messages keep their earlier texts; deleted ones "
                    + "stay, marked deleted. Every entry has its date and time in tz.")
    ResponseEntity<?> timeline(
            @Parameter(description = "e.g. INC-42") @PathVariable String ref,
            @Parameter(description = "json (default) or markdown") @RequestParam(defaultValue = "json") String format,
            @Parameter(description = "Any IANA time zone, e.g. Europe/Paris; default UTC") @RequestParam(required = false) String tz)
            throws JsonProcessingException {
        ZoneId zone = Params.zone(tz);
        IncidentTimeline timeline = find(ref);
        return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            // the same bytes Jackson writes for TimelineDocument, kept per incident, zone and last sequence
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(encoded.json(timeline, zone));
            case "markdown", "md" -> ResponseEntity.ok().contentType(MARKDOWN).body(TimelineMarkdown.render(timeline, zone));
            default -> throw new ApiException(BAD_PARAMETER, "format must be json or markdown, not '" + format + "'");
        };
    }

    @GetMapping(path = "/api/incidents/{ref}/review.md")
    @Operation(summary = "A draft post-incident review in Markdown",
            description = "Summary, impact, participants, MTTA/MTTR, the timeline, pinned decisions and follow-up actions.")
    ResponseEntity<String> review(
            @Parameter(description = "e.g. INC-42") @PathVariable String ref,
            @Parameter(description = "Any IANA time zone, e.g. Europe/Paris; default UTC") @RequestParam(required = false) String tz) {
        ZoneId zone = Params.zone(tz);
        IncidentTimeline timeline = find(ref);
        return ResponseEntity.ok().contentType(MARKDOWN)
                .body(ReviewMarkdown.render(timeline, metrics.find(timeline.ref()).orElse(null), zone));
    }

    private IncidentTimeline find(String ref) {
        IncidentRef wanted = Params.ref(ref);
        return timelines.find(wanted).orElseThrow(() -> new ApiException(NOT_FOUND, "There is no incident " + wanted));
    }
}
