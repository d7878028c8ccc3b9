package io.incidentledger.bench.crash;

import io.incidentledger.bench.support.AppProcess;
import java.nio.file.Path;
import java.util.Map;
import java.time.Duration;

/** How the app is started for every round, and the load it gets before each kill. */
record CrashSettings(Path jar, Path elasticsearchHome, Path dataDir, int port, Path log, int clients, Duration load,
                     String apiToken) {

    AppProcess start() throws Exception {
        return AppProcess.start(jar, elasticsearchHome, dataDir, port, log, Map.of());
    }
}
