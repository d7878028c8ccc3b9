package io.incidentledger.search.adapter.in.web;

import io.incidentledger.api.http.ApiError;
import io.incidentledger.search.application.FlightRecorderSearch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchController {

    static final int MAX_SIZE = 100;

    private final FlightRecorderSearch search;

    SearchController(FlightRecorderSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    ResponseEntity<?> search(@RequestParam(name = "q", required = false) String q,
                             @RequestParam(name = "size", defaultValue = "20") int size) {
        if (q == null || q.isBlank()) {
            return ResponseEntity.badRequest().body(new ApiError("missing_query",
                    "Say what to look for with ?q=, for example /api/search?q=checkout"));
        }
        if (size < 1 || size > MAX_SIZE) {
            return ResponseEntity.badRequest().body(new ApiError("bad_size",
                    "size must be between 1 and " + MAX_SIZE + ", not " + size));
        }
        return ResponseEntity.ok(search.search(q, size));
    }
}
