package io.incidentledger.read.application;

import java.time.Instant;

/**
 * One search: optional words, exact filters, an order (relevance or time, newest first) and, for the next page,
 * the {@code after} cursor the previous page answered.
 */
public record SearchCriteria(
        String words,
        String incident,
        String author,
        String platform,
        String kind,
        Instant from,
        Instant to,
        SearchOrder order,
        int size,
        String after) {

    public boolean hasWords() {
        return words != null && !words.isBlank();
    }
}
