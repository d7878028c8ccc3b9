package io.incidentledger.status.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local webhook receiver on a random port that records what it got; it can go down and come back. */
final class FakeWebhook implements AutoCloseable {

    record Received(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> refusedIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final int port;
    private HttpServer server;

    FakeWebhook() throws IOException {
        start(0);
        this.port = server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    List<Received> received() {
        return received;
    }

    /** Answers 422 to the payloads whose {@code id} is given, as a receiver that rejects them would, for ever. */
    void refuse(String payloadId) {
        refusedIds.add(payloadId);
    }

    void accept(String payloadId) {
        refusedIds.remove(payloadId);
    }

    void down() {
        server.stop(0);
    }

    void up() throws IOException {
        start(port);
    }

    private void start(int onPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (refusedIds.stream().anyMatch(id -> body.contains("\"id\":\"" + id + "\""))) {
                exchange.sendResponseHeaders(422, -1);
                exchange.close();
                return;
            }
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
