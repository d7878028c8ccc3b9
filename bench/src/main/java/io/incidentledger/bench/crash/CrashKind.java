package io.incidentledger.bench.crash;

import io.incidentledger.bench.support.AppProcess;
import java.util.List;

/** The two ways the embedded default is killed. */
enum CrashKind {

    APP_ONLY("a", "SIGKILL of the app JVM alone") {
        @Override
        Kill kill(AppProcess app) throws InterruptedException {
            List<ProcessHandle> orphans = app.killAppOnly();
            return new Kill(1, orphans);
        }
    },
    APP_AND_SERVERS("b", "SIGKILL of the app and every server process it started") {
        @Override
        Kill kill(AppProcess app) throws InterruptedException {
            return new Kill(app.killWithServers(), List.of());
        }
    };

    /** How many processes got SIGKILL, and the server processes left alive (orphans the next start must end). */
    record Kill(int killed, List<ProcessHandle> orphans) {
    }

    private final String code;
    private final String label;

    CrashKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    abstract Kill kill(AppProcess app) throws InterruptedException;

    String code() {
        return code;
    }

    String label() {
        return label;
    }
}
