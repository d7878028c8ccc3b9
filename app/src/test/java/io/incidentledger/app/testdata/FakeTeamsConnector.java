package io.incidentledger.app.testdata;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A local stand-in for the Bot connector service (an activity's serviceUrl): records replies, threads and updates. */
public final class FakeTeamsConnector implements AutoCloseable, AfterAllCallback {

    public record Call(String method, String path, String body) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger(9000);
    private final java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();
    private final AtomicInteger refusal = new AtomicInteger();

    /** Started for a test class's {@code @RegisterExtension} field: stopped after the class's last test. */
    public static FakeTeamsConnector start() {
        try {
            return new FakeTeamsConnector();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public FakeTeamsConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public void down(boolean isDown) {
        down.set(isDown);
    }

    /** Answers every new conversation with this status (a permanent refusal such as 403), or normally for 0. */
    public void refuseNewThreads(int status) {
        refusal.set(status);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Replies and new messages posted into a conversation. */
    public List<Call> posted(String conversationId) {
        return calls.stream().filter(c -> c.method().equals("POST") && c.path().startsWith("/v3/conversations/" + conversationId + "/activities")).toList();
    }

    public List<Call> created() {
        return calls.stream().filter(c -> c.method().equals("POST") && c.path().equals("/v3/conversations")).toList();
    }

    public List<Call> updated() {
        return calls.stream().filter(c -> c.method().equals("PUT")).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        if (down.get()) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        if (refusal.get() != 0 && path.equals("/v3/conversations")) {
            byte[] error = "{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"refused\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(refusal.get(), error.length);
            exchange.getResponseBody().write(error);
            exchange.close();
            return;
        }
        calls.add(new Call(exchange.getRequestMethod(), path, body));
        int id = ids.incrementAndGet();
        String json = path.equals("/v3/conversations")
                ? "{\"id\":\"19:incidents@thread.tacv2;messageid=" + id + "\",\"activityId\":\"" + id + "\",\"serviceUrl\":\"" + serviceUrl() + "\"}"
                : "{\"id\":\"" + id + "\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") && path.equals("/v3/conversations") ? 201 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
