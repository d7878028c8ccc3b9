package io.incidentledger.bench.search;

/**
 * One query of the mix, as the app's {@code /api/search} parameters and as the request body the app's search
 * adapter sends to Elasticsearch for them (match on text, filters, sort, highlight, three 50-bucket facets).
 */
record SearchQuery(String name, String apiParameters, String elasticsearchBody) {

    private static final String TAIL = ",\"size\":20,\"track_total_hits\":true,"
            + "\"highlight\":{\"fields\":{\"text\":{\"pre_tags\":[\"<em>\"],\"post_tags\":[\"</em>\"]}}},"
            + "\"aggs\":{\"incident\":{\"terms\":{\"field\":\"incidentRef\",\"size\":50}},"
            + "\"author\":{\"terms\":{\"field\":\"authorName.raw\",\"size\":50}},"
            + "\"kind\":{\"terms\":{\"field\":\"kind\",\"size\":50}}}}";
    private static final String BY_RELEVANCE = "\"sort\":[{\"_score\":{\"order\":\"desc\"}},"
            + "{\"occurredAt\":{\"order\":\"desc\"}},{\"eventId\":{\"order\":\"asc\"}}]";
    private static final String BY_TIME = "\"sort\":[{\"occurredAt\":{\"order\":\"desc\"}},{\"eventId\":{\"order\":\"asc\"}}]";

    static SearchQuery term(String word) {
        return new SearchQuery("term", "q=" + word, "{\"query\":{\"bool\":{\"must\":[{\"match\":{\"text\":{\"query\":\""
                + word + "\"}}}]}}," + BY_RELEVANCE + TAIL);
    }

    static SearchQuery words(String words) {
        return new SearchQuery("words", "q=" + words.replace(" ", "+"), "{\"query\":{\"bool\":{\"must\":[{\"match\":"
                + "{\"text\":{\"query\":\"" + words + "\"}}}]}}," + BY_RELEVANCE + TAIL);
    }

    static SearchQuery filtered(String word, String platform) {
        return new SearchQuery("filter", "q=" + word + "&platform=" + platform + "&sort=time",
                "{\"query\":{\"bool\":{\"must\":[{\"match\":{\"text\":{\"query\":\"" + word + "\"}}}],"
                        + "\"filter\":[{\"term\":{\"platform\":{\"value\":\"" + platform + "\"}}}]}}," + BY_TIME + TAIL);
    }

    static SearchQuery byKind(String word, String kind) {
        return new SearchQuery("kind", "q=" + word + "&kind=" + kind,
                "{\"query\":{\"bool\":{\"must\":[{\"match\":{\"text\":{\"query\":\"" + word + "\"}}}],"
                        + "\"filter\":[{\"term\":{\"kind\":{\"value\":\"" + kind + "\"}}}]}}," + BY_RELEVANCE + TAIL);
    }
}
