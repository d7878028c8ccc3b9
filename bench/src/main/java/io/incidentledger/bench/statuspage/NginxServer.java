package io.incidentledger.bench.statuspage;

import io.incidentledger.bench.support.FreePort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Debian's nginx in the foreground on 127.0.0.1, one worker per core, no access log (the app keeps none either). */
final class NginxServer implements StaticServer {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final int port;

    private NginxServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    static NginxServer start(Path root) throws Exception {
        int port = FreePort.find();
        Path prefix = Files.createTempDirectory("bench-nginx");
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes auto;
                daemon off;
                user root;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s; proxy_temp_path %1$s; fastcgi_temp_path %1$s; uwsgi_temp_path %1$s; scgi_temp_path %1$s;
                  types { text/html html; application/json json; }
                  server { listen 127.0.0.1:%2$d; root %3$s; keepalive_requests 1000000; }
                }
                """.formatted(prefix, port, root));
        Process process = new ProcessBuilder(BINARY.toString(), "-p", prefix.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("console.log").toFile()).start();
        TimeUnit.MILLISECONDS.sleep(500);
        if (!process.isAlive()) {
            throw new IllegalStateException("nginx exited: " + Files.readString(prefix.resolve("console.log")));
        }
        return new NginxServer(process, port);
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public String describe() {
        return "nginx";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
