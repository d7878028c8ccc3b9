package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.localservers.LocalServerSettings;
import io.incidentledger.localservers.LocalServers;
import io.incidentledger.localservers.ServerEndpoints;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The local PostgreSQL for one chain IT class: up before its first test, stopped after its last. */
final class ChainPostgres implements BeforeAllCallback, AfterAllCallback {

    private ServerEndpoints postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        postgres = LocalServers.start(new LocalServerSettings(null, null, null, "kafka.unused:9092",
                "http://es.unused:9200", Files.createTempDirectory("chain-it"), true, null));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LocalServers.stopAll();
    }

    /** A fresh database migrated up to {@code target} ("latest" for all). */
    ChainDatabase database(String target) {
        return new ChainDatabase(postgres, target);
    }
}
