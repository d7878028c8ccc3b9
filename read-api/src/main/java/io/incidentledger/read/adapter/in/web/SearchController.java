package io.incidentledger.read.adapter.in.web;

import static io.incidentledger.api.http.ErrorCode.BAD_PARAMETER;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.read.application.FlightRecorderSearch;
import io.incidentledger.read.application.SearchCriteria;
import io.incidentledger.read.application.SearchOrder;
import io.incidentledger.read.application.SearchResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Flight recorder", description = "Full-text search over everything said and done in every incident")
class SearchController {

    static final int MAX_SIZE = 100;

    private final FlightRecorderSearch search;

    SearchController(FlightRecorderSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Search the flight recorder",
            description = "Words in q are matched against the text and highlighted; filters narrow exactly. Facets count "
                    + "hits per incident, author and kind. For the next page pass the answer's 'next' as 'after'.")
    SearchResult search(
            @Parameter(description = "Words to look for") @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "Incident reference, e.g. INC-42") @RequestParam(required = false) String incident,
            @Parameter(description = "Author's chat user id or display name") @RequestParam(required = false) String author,
            @Parameter(description = "slack, teams or api") @RequestParam(required = false) String platform,
            @Parameter(description = "Event kind, e.g. chat_message_recorded") @RequestParam(required = false) String kind,
            @Parameter(description = "From this instant (inclusive), ISO-8601") @RequestParam(required = false) String from,
            @Parameter(description = "Until this instant (exclusive), ISO-8601") @RequestParam(required = false) String to,
            @Parameter(description = "relevance (default with q) or time (newest first)") @RequestParam(required = false) String sort,
            @Parameter(description = "Hits per page, 1-100") @RequestParam(name = "size", defaultValue = "20") int size,
            @Parameter(description = "The 'next' cursor of the previous page") @RequestParam(required = false) String after) {
        boolean anyFilter = Stream.of(q, incident, author, platform, kind, from, to).anyMatch(v -> v != null && !v.isBlank());
        if (!anyFilter) {
            throw new ApiException(BAD_PARAMETER, "Say what to look for with ?q=, for example /api/search?q=checkout, "
                    + "or filter with incident=, author=, platform=, kind=, from= or to=");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ApiException(BAD_PARAMETER, "size must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        SearchOrder order = sort == null ? (q == null || q.isBlank() ? SearchOrder.TIME : SearchOrder.RELEVANCE)
                : SearchOrder.parse(sort).orElseThrow(() -> new ApiException(BAD_PARAMETER, "sort must be relevance or time, not '" + sort + "'"));
        String ref = incident == null || incident.isBlank() ? null : Params.ref(incident).toString();
        return search.search(new SearchCriteria(Params.blankToNull(q), ref, Params.blankToNull(author),
                Params.blankToNull(platform), Params.blankToNull(kind), Params.instant("from", from),
                Params.instant("to", to), order, size, Params.blankToNull(after)));
    }
}
