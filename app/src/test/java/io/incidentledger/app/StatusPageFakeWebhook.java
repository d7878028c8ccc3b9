package io.incidentledger.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook receiver on a random loopback port that records each request; it can go down and come back. */
final class StatusPageFakeWebhook implements AutoCloseable {

    record Received(String signature, String timestamp, String event, String body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final int port;
    private HttpServer server;

    StatusPageFakeWebhook() throws IOException {
        start(0);
        port = server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    List<Received> received() {
        return received;
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
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("X-Ledger-Signature"), headers.getFirst("X-Ledger-Timestamp"),
                    headers.getFirst("X-Ledger-Event"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
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
