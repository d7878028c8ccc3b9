package io.incidentledger.app.testdata;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local stand-in for the Slack Web API and for response_urls. It records every call, and can be down,
 * rate-limit the next calls with 429 + Retry-After, or say a channel name is taken.
 */
public final class FakeSlack implements AutoCloseable, AfterAllCallback {

    public record Call(String method, Map<String, String> params, String body) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicInteger namesTaken = new AtomicInteger();
    private final AtomicInteger channels = new AtomicInteger();
    private final AtomicInteger messages = new AtomicInteger(100);
    private final Set<String> unknownChannels = ConcurrentHashMap.newKeySet();

    /** Started for a test class's {@code @RegisterExtension} field: stopped after the class's last test. */
    public static FakeSlack start() {
        try {
            return new FakeSlack();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    public List<Call> calls() {
        return new ArrayList<>(calls);
    }

    public void down(boolean isDown) {
        down.set(isDown);
    }

    public void rateLimitNext(int count) {
        rateLimited.set(count);
    }

    /** A message to this channel is answered {@code channel_not_found}, as Slack does for a deleted channel. */
    public void unknownChannel(String channel) {
        unknownChannels.add(channel);
    }

    /** The next {@code count} channel names asked for are already taken. */
    public void nameTakenNext(int count) {
        namesTaken.set(count);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String method = path.startsWith("/api/") ? path.substring(5) : "response_url";
        if (down.get()) {
            reply(exchange, 503, "{\"ok\":false,\"error\":\"service_unavailable\"}");
            return;
        }
        if (!method.equals("auth.test") && !method.equals("response_url") && rateLimited.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            reply(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        Map<String, String> params = form(body);
        calls.add(new Call(method, params, body));
        reply(exchange, 200, answer(method, params));
    }

    private String answer(String method, Map<String, String> params) {
        return switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://acme.slack.com/\",\"team\":\"Acme\",\"user\":\"incidentbot\","
                    + "\"team_id\":\"T0TEST\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}";
            case "conversations.create" -> namesTaken.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                    ? "{\"ok\":false,\"error\":\"name_taken\"}"
                    : "{\"ok\":true,\"channel\":{\"id\":\"C0INC" + channels.incrementAndGet() + "\",\"name\":\"" + params.get("name") + "\"}}";
            case "chat.postMessage" -> unknownChannels.contains(params.get("channel"))
                    ? "{\"ok\":false,\"error\":\"channel_not_found\"}"
                    : "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\"1700000000.000"
                    + messages.incrementAndGet() + "\"}";
            case "chat.update" -> "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\"" + params.get("ts") + "\"}";
            case "bots.info" -> "{\"ok\":true,\"bot\":{\"id\":\"" + params.get("bot") + "\",\"deleted\":false,\"name\":\"incidentbot\","
                    + "\"app_id\":\"A0TEST\",\"user_id\":\"" + ("B0BOT".equals(params.get("bot")) ? "U0BOT" : "U0OTHERBOT") + "\"}}";
            case "views.open" -> "{\"ok\":true,\"view\":{\"id\":\"V0VIEW\"}}";
            default -> "{\"ok\":true}";
        };
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.startsWith("{")) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
