package io.incidentledger.read.application;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total, counts per incident, author and kind over every match, and the cursor for the next
 * page ({@code null} on the last one).
 */
public record SearchResult(
        String query,
        long total,
        List<SearchHit> hits,
        Map<String, Map<String, Long>> facets,
        String next) {
}
