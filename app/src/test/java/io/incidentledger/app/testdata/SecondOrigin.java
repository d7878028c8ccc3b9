package io.incidentledger.app.testdata;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * A tiny web server on 127.0.0.1 and a free port: another origin than the app's, as a partner site embedding our
 * status is. Its handler answers every path; a handler that fails answers 502.
 */
public final class SecondOrigin implements AutoCloseable {

    public interface Handler {
        void handle(HttpExchange exchange) throws Exception;
    }

    private final HttpServer server;

    public SecondOrigin(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try {
                handler.handle(exchange);
            } catch (Exception e) {
                exchange.sendResponseHeaders(502, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** Its origin, such as {@code http://127.0.0.1:41234}, with no trailing slash. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A 200 with this body, never cached, so every visit asks again. */
    public static void reply(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
