package io.incidentledger.localservers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A single KRaft node (broker and controller in one) running inside this JVM. */
final class EmbeddedKafkaServer implements ManagedServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaServer.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /**
     * The broker runs inside the app's heap, for one app: Kafka's defaults size it for a shared cluster (a 128 MB
     * cleaner buffer, 50 partitions for each of the offsets and transaction topics, 3 + 8 + 10 threads).
     */
    static final Map<String, String> SMALL = Map.of(
            "num.partitions", "1",
            "offsets.topic.num.partitions", "1",
            "transaction.state.log.num.partitions", "1",
            "log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024),
            "log.cleaner.threads", "1",
            "num.network.threads", "1",
            "num.io.threads", "2",
            "background.threads", "2",
            "num.recovery.threads.per.data.dir", "1",
            "num.replica.fetchers", "1");

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafkaServer(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    static EmbeddedKafkaServer start(Path logDir) {
        int brokerPort = FreePorts.find();
        int controllerPort = FreePorts.find();
        try {
            KafkaStorage.formatIfNeeded(logDir, NODE_ID, CONTROLLER_LISTENER);
            KafkaRaftServer server = new KafkaRaftServer(
                    new KafkaConfig(brokerConfig(logDir, brokerPort, controllerPort), false), Time.SYSTEM);
            server.startup();
            EmbeddedKafkaServer kafka = new EmbeddedKafkaServer(server, "127.0.0.1:" + brokerPort);
            kafka.awaitReady();
            return kafka;
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start in " + logDir, e);
        }
    }

    private static Map<String, Object> brokerConfig(Path logDir, int brokerPort, int controllerPort) {
        Map<String, Object> config = new HashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", String.valueOf(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", logDir.toString());
        // one broker: internal topics must not wait for replicas that will never exist
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("auto.create.topics.enable", "true");
        config.putAll(SMALL);
        return config;
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000))) {
            while (true) {
                Exception lastFailure = null;
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    lastFailure = notYet;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka at " + bootstrapServers + " not ready", lastFailure);
                }
                Thread.sleep(100);
            }
        }
    }

    @Override
    public String url() {
        return bootstrapServers;
    }

    @Override
    public void stop() {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("Kafka did not stop cleanly", e);
        }
    }
}
