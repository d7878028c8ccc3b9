package io.incidentledger.bench.round;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * One row of issue 15's goals table: which figures it judges (by name), what it asks, and whether a figure meets
 * it, given every figure of the round by name (a goal may need a companion figure, as the ack rows do).
 */
record Goal(String measure, Pattern figures, String asks, BiPredicate<JsonNode, Map<String, JsonNode>> met) {

    static final List<Goal> TABLE = List.of(
            new Goal("Slack ack latency, open loop", Pattern.compile("ack latency p99 at (\\d+)/s vs no-op p99"),
                    "p99 ≤ 1.5× no-op p99, none over 1 s", (f, all) -> ratio(f) <= 1.5 && overOneSecond(f, all) == 0),
            new Goal("Chat ingest, sustained", Pattern.compile("ingest msgs/s sustained vs no-op endpoint"),
                    "≥ 3,000 msg/s and ≥ 0.5× no-op, lag bounded",
                    (f, all) -> f.path("value").asDouble() >= 3000 && ratio(f) >= 0.5 && f.at("/details/keptUp").asBoolean()),
            new Goal("Freshness after warm-up", Pattern.compile("freshness to .* at \\d+/s"),
                    "p99 < 500 ms at 300/s, < 1 s at 1,000/s, none lost", (f, all) -> f.path("value").asDouble()
                    < f.path("referenceValue").asDouble() && f.at("/details/lost").asInt(1) == 0
                    && f.at("/details/markers/count").asInt() > 0),
            new Goal("Replay into every view", Pattern.compile("replay events/s vs plain consumer decoding JSON"),
                    "≥ 50,000 events/s and ≥ 0.5× the consumer", (f, all) -> f.path("value").asDouble() >= 50_000 && ratio(f) >= 0.5),
            new Goal("Status page", Pattern.compile("status page .* req/s vs .*"), "≥ 0.5× nginx",
                    (f, all) -> f.path("reference").asText().startsWith("nginx") && ratio(f) >= 0.5),
            new Goal("?at= on the ledger", Pattern.compile("\\?at= .* p99 uncached"), "p99 < 50 ms, uncached",
                    (f, all) -> f.path("value").asDouble() < 50 && f.at("/details/failed").asInt(1) == 0),
            new Goal("Timeline of a 10,000-message incident", Pattern.compile("timeline .*p99"), "p99 < 100 ms",
                    (f, all) -> f.path("value").asDouble() < 100),
            new Goal("Footprint under the ingest load", Pattern.compile("total PSS under-load"), "< 2 GB PSS in total",
                    (f, all) -> f.path("value").asDouble() < 2048));

    static double ratio(JsonNode figure) {
        double reference = figure.path("referenceValue").asDouble();
        return reference == 0 ? Double.NaN : figure.path("value").asDouble() / reference;
    }

    private static double overOneSecond(JsonNode p99, Map<String, JsonNode> all) {
        var rate = Pattern.compile("at (\\d+)/s").matcher(p99.path("name").asText());
        JsonNode over = rate.find() ? all.get("acks over 1 s at " + rate.group(1) + "/s") : null;
        return over == null ? Double.NaN : over.path("value").asDouble();
    }
}
