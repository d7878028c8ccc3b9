package io.incidentledger.ingest.adapter.in.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Slack's Web API and response URLs on a free local port: every call is kept and answered {@code ok}. */
final class FakeSlackApi implements AutoCloseable {

    record Call(String method, Map<String, String> params, String body) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeSlackApi start() {
        try {
            return new FakeSlackApi();
        } catch (IOException cannotListen) {
            throw new IllegalStateException(cannotListen);
        }
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response_url/T0TEST/1/abc";
    }

    List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = path.startsWith("/response_url/") ? "response_url" : path.substring(path.lastIndexOf('/') + 1);
        calls.add(new Call(method, form(body), body));
        String json = switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://acme.slack.com/\",\"team\":\"acme\",\"user\":\"incidents\","
                    + "\"team_id\":\"T0TEST\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}";
            case "views.open" -> "{\"ok\":true,\"view\":{\"id\":\"V0OPENED\",\"type\":\"modal\"}}";
            default -> "{\"ok\":true}";
        };
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    // Bolt posts the Web API's arguments as a form; response URLs get JSON, kept whole in the body
    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).filter(pair -> pair.indexOf('=') > 0).collect(Collectors.toMap(
                pair -> decode(pair.substring(0, pair.indexOf('='))), pair -> decode(pair.substring(pair.indexOf('=') + 1)),
                (first, second) -> second, LinkedHashMap::new));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
