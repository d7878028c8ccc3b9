package io.incidentledger.localservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

class LocalServersIT {

    @TempDir
    Path dataDir;

    @AfterEach
    void stopServers() {
        LocalServers.stopAll();
    }

    @Test
    void startsRealServersWhoseDataSurvivesARestart() throws Exception {
        LocalServerSettings settings = new LocalServerSettings(null, null, null, null, null, dataDir, false,
                Path.of(System.getProperty(LocalServerSettings.ELASTICSEARCH_HOME)));

        long started = System.nanoTime();
        ServerEndpoints first = LocalServers.start(settings);
        System.out.printf("all three servers up in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        OptionalLong elasticsearchPid = LocalServers.elasticsearchPid();
        System.out.printf("elasticsearch RSS (launcher, server) %s%n", ProcessProbe.treeRss(elasticsearchPid.orElseThrow()));

        ServerRoundTrips.insertRow(first, "survives restarts");
        assertThat(ServerRoundTrips.readRow(first)).isEqualTo("survives restarts");
        ServerRoundTrips.produce(first, "incident-1", "opened");
        assertThat(ServerRoundTrips.consumeFromBeginning(first)).containsEntry("incident-1", "opened");
        ServerRoundTrips.indexDocument(first, "{\"title\":\"disk full\"}");
        assertThat(ServerRoundTrips.getDocument(first)).contains("disk full");

        LocalServers.stopAll();
        assertThat(ProcessHandle.of(elasticsearchPid.getAsLong())).isEmpty();
        assertThat(ProcessProbe.processesMentioning(dataDir)).isEmpty();

        // the second start goes through Spring Boot, as the application does
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EmptyApplication.class)
                .web(WebApplicationType.NONE)
                .properties(LocalServerSettings.ENABLED + "=true", LocalServerSettings.DATA_DIR + "=" + dataDir)
                .run()) {
            assertThat(ShutdownCoordinator.isTracked(context)).isTrue();
            ServerEndpoints second = endpointsOf(context.getEnvironment());
            assertThat(second.elasticsearchUrl()).isNotEqualTo(first.elasticsearchUrl());
            assertThat(ServerRoundTrips.readRow(second)).isEqualTo("survives restarts");
            assertThat(ServerRoundTrips.consumeFromBeginning(second)).containsEntry("incident-1", "opened");
            assertThat(ServerRoundTrips.getDocument(second)).contains("disk full");
        }

        LocalServers.stopAll();
        assertThat(ProcessProbe.processesMentioning(dataDir)).isEmpty();
    }

    @Test
    void ephemeralModeStartsOnlyWhatIsMissingInATempDirThatIsDeletedOnStop() throws Exception {
        LocalServerSettings settings = new LocalServerSettings(null, null, null, null, "http://es.example:9200",
                dataDir, true, null);

        ServerEndpoints endpoints = LocalServers.start(settings);
        ServerRoundTrips.insertRow(endpoints, "ephemeral");
        ServerRoundTrips.produce(endpoints, "incident-2", "opened");

        assertThat(endpoints.elasticsearchUrl()).isEqualTo("http://es.example:9200");
        assertThat(LocalServers.elasticsearchPid()).isEmpty();
        assertThat(dataDir).isEmptyDirectory();
        Path ephemeralDir = LocalServers.currentEphemeralDataDir();
        assertThat(ephemeralDir.getFileName().toString()).startsWith("ledger-local-");
        // this JVM's own servers: other test JVMs on the machine run ephemeral servers of their own
        List<Long> serverProcesses = ProcessProbe.processesMentioning(ephemeralDir);
        assertThat(serverProcesses).isNotEmpty();

        LocalServers.stopAll();
        assertThat(serverProcesses).noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    private static ServerEndpoints endpointsOf(Environment environment) {
        return new ServerEndpoints(
                environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"),
                environment.getProperty("spring.kafka.bootstrap-servers"),
                environment.getProperty("spring.elasticsearch.uris"));
    }

    @Configuration(proxyBeanMethods = false)
    static class EmptyApplication {
    }
}
