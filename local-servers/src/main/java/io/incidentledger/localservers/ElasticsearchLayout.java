package io.incidentledger.localservers;

import java.nio.file.Path;

/** Where one Elasticsearch instance keeps its files, all below {@code <dataDir>/elasticsearch}. */
record ElasticsearchLayout(Path root) {

    static ElasticsearchLayout under(Path dataDir) {
        return new ElasticsearchLayout(dataDir.toAbsolutePath().normalize().resolve("elasticsearch"));
    }

    Path config() {
        return root.resolve("config");
    }

    Path data() {
        return root.resolve("data");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    Path consoleLog() {
        return logs().resolve("console.log");
    }

    /** Pid of the launcher (bin/elasticsearch), written by us. */
    Path launcherPidFile() {
        return root.resolve("launcher.pid");
    }

    /** Pid of the server JVM, written by Elasticsearch itself ({@code -p}). */
    Path serverPidFile() {
        return root.resolve("server.pid");
    }
}
