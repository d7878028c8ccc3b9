package io.incidentledger.localservers;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

/** What `kafka-storage.sh format` does, done in-process and only once per log directory. */
final class KafkaStorage {

    private KafkaStorage() {
    }

    static boolean isFormatted(Path logDir) {
        return Files.exists(logDir.resolve("meta.properties"));
    }

    /** Formatting again would write a new cluster id and make the broker refuse the existing log. */
    static void formatIfNeeded(Path logDir, int nodeId, String controllerListenerName) throws Exception {
        if (isFormatted(logDir)) {
            return;
        }
        Files.createDirectories(logDir);
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(nodeId)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(controllerListenerName)
                .run();
    }
}
