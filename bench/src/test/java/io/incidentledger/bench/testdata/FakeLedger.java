package io.incidentledger.bench.testdata;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A stand-in for the app and Elasticsearch in smoke tests: every POST body is kept, and every GET answers all
 * of them, so whatever was sent is "visible" at once (a declare answers {@code INC-1}); {@code _search} answers
 * a {@code took}, {@code _count} zero; its metrics show a pipeline with no lag, and Streams RUNNING.
 */
public final class FakeLedger implements AutoCloseable {

    /** The app's lag series, every stage at zero. */
    public static final String CAUGHT_UP = """
            incident_ledger_processor_lag_events{processor="ledger-to-kafka"} 0.0
            kafka_consumer_fetch_manager_records_lag{client_id="p-1-StreamThread-1-consumer",partition="0",topic="incident-events"} 0.0
            kafka_consumer_fetch_manager_records_lag{client_id="p-1-global-consumer",partition="0",topic="incident-views"} 0.0
            """;

    private final HttpServer server;
    private final ConcurrentLinkedQueue<String> posted = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> read = new ConcurrentLinkedQueue<>();

    public FakeLedger() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String answer;
            if ("GET".equals(exchange.getRequestMethod())) {
                read.add(exchange.getRequestURI().toString());
            }
            if (path.equals("/actuator/prometheus")) {
                answer = CAUGHT_UP;
            } else if (path.equals("/actuator/health")) {
                answer = "{\"status\":\"UP\",\"components\":{\"kafka\":{\"details\":{\"streams\":\"RUNNING\"}}}}";
            } else if (path.endsWith("/_search")) {
                answer = "{\"took\":1}";
            } else if (path.endsWith("/_count")) {
                answer = "{\"count\":0}";
            } else if ("POST".equals(exchange.getRequestMethod())) {
                posted.add(body);
                // a declare's reply names the incident, as the app's does
                answer = body.contains("&text=declare") ? "{\"text\":\"INC-1 declared\"}" : "{}";
            } else {
                answer = String.join("\n", posted);
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every POST body, in order. */
    public List<String> posted() {
        return List.copyOf(posted);
    }

    /** Path and query of every GET, in order. */
    public List<String> read() {
        return List.copyOf(read);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
