package io.incidentledger.console.pages;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.timeline.IncidentTimeline;
import io.incidentledger.projections.timeline.IncidentTimelines;
import io.incidentledger.read.application.review.ReviewMarkdown;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TreeSet;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The draft post-incident review, rendered from the same Markdown the API serves, in a zone the viewer picks. */
@Controller
class ReviewPage {

    // raw HTML in the Markdown (from chat) is escaped, and only safe link targets are kept
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private final IncidentTimelines timelines;
    private final LedgerMetrics metrics;

    ReviewPage(IncidentTimelines timelines, LedgerMetrics metrics) {
        this.timelines = timelines;
        this.metrics = metrics;
    }

    @GetMapping("/console/incidents/{ref}/review")
    String review(@PathVariable String ref, @RequestParam(required = false) String tz, Model model) {
        ZoneId zone = zone(tz);
        IncidentTimeline timeline = find(ref);
        model.addAttribute("ref", timeline.ref().toString());
        model.addAttribute("zone", zone.getId());
        model.addAttribute("zones", new TreeSet<>(ZoneId.getAvailableZoneIds()));
        model.addAttribute("html", HTML.render(MARKDOWN.parse(markdown(timeline, zone))));
        return "console/review";
    }

    @GetMapping("/console/incidents/{ref}/review.md")
    ResponseEntity<String> download(@PathVariable String ref, @RequestParam(required = false) String tz) {
        IncidentTimeline timeline = find(ref);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(timeline.ref().slug() + "-review.md").build().toString())
                .body(markdown(timeline, zone(tz)));
    }

    private String markdown(IncidentTimeline timeline, ZoneId zone) {
        return ReviewMarkdown.render(timeline, metrics.find(timeline.ref()).orElse(null), zone);
    }

    private IncidentTimeline find(String ref) {
        IncidentRef wanted = IncidentRef.parse(ref);
        return timelines.find(wanted).orElseThrow(() -> new PageNotFound("There is no incident " + wanted + "."));
    }

    private static ZoneId zone(String tz) {
        try {
            return ZoneId.of(tz == null || tz.isBlank() ? "UTC" : tz.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("tz must be an IANA time zone such as Europe/Paris");
        }
    }
}
