package io.incidentledger.app.testdata;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every IT against the app on a random port holds: its port, a client for it, and the database and JSON
 * mapper it reads the ledger's effects with. Subclasses say which properties the app starts with.
 */
public abstract class RunningApp {

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected ObjectMapper json;
    /** The ledger's event serializer: stored chat text is sealed, and reads in plain only through it. */
    @Autowired
    @Qualifier("eventSerializer")
    protected Serializer eventSerializer;
    protected LedgerClient client;

    @BeforeEach
    void connectClient() {
        client = new LedgerClient(port);
    }
}
