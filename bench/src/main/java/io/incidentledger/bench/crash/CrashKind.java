package io.incidentledger.bench.crash;

import java.util.List;

/** The two ways the embedded default is killed. */
enum CrashKind {

    APP_ONLY("a", "SIGKILL of the app JVM alone") {
        @Override
        List<ProcessHandle> kill(AppProcess app) throws InterruptedException {
            return app.killAppOnly();
        }
    },
    APP_AND_SERVERS("b", "SIGKILL of the app and every server process it started") {
        @Override
        List<ProcessHandle> kill(AppProcess app) throws InterruptedException {
            app.killWithServers();
            return List.of();
        }
    };

    private final String code;
    private final String label;

    CrashKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Kills and answers the server processes left alive by the kill (orphans the next start must end). */
    abstract List<ProcessHandle> kill(AppProcess app) throws InterruptedException;

    String code() {
        return code;
    }

    String label() {
        return label;
    }
}
