package io.incidentledger.bench.statuspage;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

/** Where nginx is not installed: the JDK's own HTTP server with the files in memory (a weaker reference, named so). */
final class JdkStaticServer implements StaticServer {

    private final HttpServer server;

    private JdkStaticServer(HttpServer server) {
        this.server = server;
    }

    static JdkStaticServer start(Path root) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            file = Files.isDirectory(file) ? file.resolve("index.html") : file;
            byte[] body = file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            exchange.getRequestBody().readAllBytes();
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors() * 2));
        server.start();
        return new JdkStaticServer(server);
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public String describe() {
        return "JDK HttpServer (nginx not installed)";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
