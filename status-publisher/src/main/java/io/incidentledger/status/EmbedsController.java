package io.incidentledger.status;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import io.incidentledger.status.http.CachedResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * What other sites embed: SVG badges for the page and each component, and {@code /embed.js}, a status line that
 * reads summary.json. Badges are rendered with the page ({@link PageRenderer}), in its default language.
 */
@RestController
@Tag(name = "Status page")
class EmbedsController {

    static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);
    static final Duration SCRIPT_MAX_AGE = Duration.ofMinutes(10);
    private static final String ERROR = "#/components/schemas/ApiError";

    private final LivePage live;
    private final EmbedScript script;

    EmbedsController(LivePage live, EmbedScript script) {
        this.live = live;
        this.script = script;
    }

    @GetMapping("/badge.svg")
    @Operation(operationId = "statusBadge", summary = "The page's status as an SVG badge (green, orange or red)")
    @ApiResponse(responseCode = "400", description = "If-None-Match is not a list of entity tags",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = ERROR)))
    ResponseEntity<byte[]> pageBadge(@RequestHeader HttpHeaders headers) {
        RenderedPage page = live.current();
        return svg(page.pageBadge(), page, headers);
    }

    @GetMapping("/badge/{component}.svg")
    @Operation(operationId = "componentBadge",
            summary = "A component's status as an SVG badge; the component by its id in components.json")
    @ApiResponse(responseCode = "400", description = "If-None-Match is not a list of entity tags",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = ERROR)))
    @ApiResponse(responseCode = "404", description = "The page lists no component with this id",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = ERROR)))
    ResponseEntity<byte[]> componentBadge(@PathVariable String component, @RequestHeader HttpHeaders headers) {
        RenderedPage page = live.current();
        RenderedDocument badge = page.componentBadge(component)
                // a typo in an embedded URL should show, not hide behind a grey "unknown"
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "The page lists no component with the id "
                        + "in this badge's path; the ids are those of /api/v2/components.json."));
        return svg(badge, page, headers);
    }

    @GetMapping("/embed.js")
    @Operation(operationId = "embedScript", summary = "A script that shows the page's status line on another site")
    @ApiResponse(responseCode = "400", description = "If-None-Match is not a list of entity tags",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = ERROR)))
    ResponseEntity<byte[]> embedScript(@RequestHeader HttpHeaders headers) {
        return CachedResponse.of(script.body(), script.etag(), EmbedScript.TYPE, script.lastModified(), SCRIPT_MAX_AGE,
                headers);
    }

    private static ResponseEntity<byte[]> svg(RenderedDocument badge, RenderedPage page, HttpHeaders headers) {
        return CachedResponse.of(badge.body(), badge.etag(), SVG, page.lastChange(), StatusPageController.LIVE_MAX_AGE,
                headers);
    }
}
