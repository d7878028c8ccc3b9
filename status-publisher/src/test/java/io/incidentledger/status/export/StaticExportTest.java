package io.incidentledger.status.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusDocuments;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.testdata.IncidentScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import io.incidentledger.api.component.ComponentCatalog;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticExportTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final StatusPageProperties PAGE =
            new StatusPageProperties("acme", "Acme status", "https://status.acme.test");
    private static final ComponentCatalog CATALOG = () -> List.of("API");

    @TempDir
    Path dir;
    private volatile List<IncidentView> views = List.of();
    private final CurrentIncidents incidents = () -> views;
    private StaticExport export;

    @BeforeEach
    void setUp() {
        export = new StaticExport(dir, incidents, List::of, new StatusDocuments(PAGE, CATALOG, LedgerJson.newMapper()),
                Map::<String, String>of, Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC));
    }

    @Test
    void afterAScriptedIncidentTheDirectoryHoldsEveryDocument() throws Exception {
        var script = IncidentScript.declare(1, "Checkout errors", Severity.SEV2, T0);
        views = List.of(script.view());
        assertThat(export.exportIfChanged()).isTrue();
        views = List.of(script.status(IncidentStatus.RESOLVED, "Fixed").view());
        assertThat(export.exportIfChanged()).isTrue();

        assertThat(files()).containsExactlyInAnyOrder("index.html", "api/v2/summary.json", "api/v2/status.json",
                "api/v2/components.json", "api/v2/incidents.json", "api/v2/incidents/unresolved.json",
                "api/v2/scheduled-maintenances.json", "api/v2/scheduled-maintenances/upcoming.json",
                "api/v2/scheduled-maintenances/active.json", "history.atom", "history.rss");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("All Systems Operational", "Checkout errors");
        assertThat(Files.readString(dir.resolve("api/v2/incidents.json"))).contains("\"status\":\"resolved\"");
    }

    @Test
    void nothingChangedMeansNothingIsRewritten() throws Exception {
        views = List.of(IncidentScript.declare(1, "Checkout errors", Severity.SEV2, T0).view());

        assertThat(export.exportIfChanged()).isTrue();
        assertThat(export.exportIfChanged()).isFalse();
    }

    @Test
    void aReaderPollingDuringWritesNeverSeesAPartialFile() throws Exception {
        var script = IncidentScript.declare(1, "Checkout errors", Severity.SEV2, T0);
        views = List.of(script.view());
        export.exportIfChanged();
        var stop = new AtomicBoolean();
        var reads = new AtomicInteger();
        var partial = new CopyOnWriteArrayList<String>();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                try {
                    String page = Files.readString(dir.resolve("index.html"));
                    reads.incrementAndGet();
                    if (!page.startsWith("<!doctype html>") || !page.endsWith("</main></body></html>\n")) {
                        partial.add(page.length() + " chars, ending " + page.substring(Math.max(0, page.length() - 40)));
                    }
                } catch (Exception e) {
                    partial.add("unreadable: " + e);
                }
            }
        });
        reader.start();
        for (int i = 0; i < 100; i++) {
            views = List.of(script.update("Update number " + i + " " + "padding ".repeat(200)).view());
            export.exportIfChanged();
        }
        stop.set(true);
        reader.join();

        assertThat(reads.get()).isGreaterThan(10);
        assertThat(partial).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    private List<String> files() throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(path -> dir.relativize(path).toString().replace('\\', '/')).toList();
        }
    }

    private List<String> temporaryFiles() throws Exception {
        return new ArrayList<>(files().stream().filter(name -> name.endsWith(".tmp")).toList());
    }
}
