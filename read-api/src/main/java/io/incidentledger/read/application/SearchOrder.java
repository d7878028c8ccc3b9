package io.incidentledger.read.application;

import java.util.Locale;
import java.util.Optional;

/** Best match first, or newest first. */
public enum SearchOrder {
    RELEVANCE,
    TIME;

    public static Optional<SearchOrder> parse(String text) {
        for (SearchOrder order : values()) {
            if (order.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
