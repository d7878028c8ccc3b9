package io.incidentledger.bench.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.bench.support.LedgerDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts each marker of a round where it must be: events in the event store, entries in the timelines. Counts are
 * keyed by {@link Sent#key}, the incident and the marker, so a message found in another incident counts as lost.
 */
final class Ledger {

    private static final ObjectMapper json = new ObjectMapper();

    private Ledger() {
    }

    /**
     * Events per marker; the event store is the source of truth, and one message or note is one event. The command
     * history ({@code CommandAttempted}) repeats a note's text, so only the two incident events are counted.
     */
    static Map<String, Integer> inEventStore(Path dataDir, String round) throws Exception {
        Pattern marker = markerPattern(round);
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = LedgerDatabase.of(dataDir).connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE payloadtype IN"
                             + " ('io.incidentledger.api.event.ChatMessageRecorded', 'io.incidentledger.api.event.InternalNoteAdded')"
                             + " AND convert_from(payload, 'UTF8') LIKE ?")) {
            query.setString(1, "%crash-" + round + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String event = rows.getString(1);
                    countOnce(json.readTree(event).path("ref").asText(), marker.matcher(event), counts);
                }
            }
        }
        return counts;
    }

    /** Entries per marker in one incident's timeline (the Kafka Streams view behind the timeline API). */
    static Map<String, Integer> inTimeline(HttpClient http, String url, String apiToken, String ref, String round)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/api/incidents/" + ref + "/timeline"));
        if (!apiToken.isEmpty()) {
            request.header("Authorization", "Bearer " + apiToken);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Integer> counts = new HashMap<>();
        if (answer.statusCode() != 200) {
            return counts;
        }
        Pattern marker = markerPattern(round);
        for (JsonNode entry : json.readTree(answer.body()).path("entries")) {
            countOnce(ref, marker.matcher(entry.path("text").asText("")), counts);
        }
        return counts;
    }

    private static void countOnce(String ref, Matcher matcher, Map<String, Integer> counts) {
        if (matcher.find()) {
            counts.merge(Sent.key(ref, matcher.group()), 1, Integer::sum);
        }
    }

    private static Pattern markerPattern(String round) {
        return Pattern.compile("crash-" + Pattern.quote(round) + "-\\d{2}-\\d{6}");
    }
}
