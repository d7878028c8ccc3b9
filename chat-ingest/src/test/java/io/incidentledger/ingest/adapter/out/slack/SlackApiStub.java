package io.incidentledger.ingest.adapter.out.slack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.web.util.UriComponentsBuilder;

/** A local Slack Web API on a random port: records each call and answers what the test sets, 200 ok by default. */
final class SlackApiStub implements AutoCloseable {

    record Call(String method, String authorization, Map<String, String> params) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "{\"ok\":true,\"channel\":\"C0OPS\",\"ts\":\"1700000000.000100\"}";

    SlackApiStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(exchange.getRequestURI().getPath().substring("/api/".length()),
                    exchange.getRequestHeaders().getFirst("Authorization"), params(form)));
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.getResponseHeaders().add("Retry-After", "30");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    void answer(int status, String body) {
        this.status = status;
        this.body = body;
    }

    List<Call> calls() {
        return calls;
    }

    /** Bolt's client also asks {@code auth.test} once per token, for its metrics: tests look at one method. */
    List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    private static Map<String, String> params(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        UriComponentsBuilder.newInstance().query(form).build().getQueryParams().forEach((name, values) ->
                params.put(decode(name), values.get(0) == null ? "" : decode(values.get(0))));
        return params;
    }

    private static String decode(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
