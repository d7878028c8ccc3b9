package io.incidentledger.bench.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.json.LedgerJson;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The one Jackson setup on the hot path: every chat message is serialised into the event store and onto Kafka,
 * and read back by each consumer. Reference: the ingest goal of 3,000 messages/s on 2 cores leaves about
 * 660 µs of CPU per message for everything.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LedgerEventJsonBenchmark {

    private final ObjectMapper mapper = LedgerJson.newMapper();
    private LedgerEvent event;
    private byte[] bytes;

    @Setup
    public void prepare() throws Exception {
        IncidentId id = IncidentId.random();
        ChatOrigin origin = new ChatOrigin(Platform.SLACK, "C0BENCH", new ChatUser("U0BENCH", "bench"));
        event = new LedgerEvent(UUID.randomUUID().toString(), id, 42, Instant.now(),
                new ChatMessageRecorded(id, new IncidentRef(7), "1700000000.000100", null,
                        "db pool exhausted on checkout-api, failing over to the replica", origin, Instant.now()));
        bytes = mapper.writeValueAsBytes(event);
    }

    @Benchmark
    public byte[] serialise() throws Exception {
        return mapper.writeValueAsBytes(event);
    }

    @Benchmark
    public LedgerEvent deserialise() throws Exception {
        return mapper.readValue(bytes, LedgerEvent.class);
    }
}
