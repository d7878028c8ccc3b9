package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.RunningApp;
import io.incidentledger.projections.status.CurrentIncidents;
import io.incidentledger.status.StatusDocuments;
import io.incidentledger.status.export.StaticExport;
import io.incidentledger.status.names.DisplayNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The static export over the app's live projection. The shared context has no STATUS_EXPORT_DIR, so the test runs
 * the same exporter the schedule runs, into a temporary directory.
 */
@AppOnLocalServers
class StatusPageExportIT extends RunningApp {

    private static final Pattern REF = Pattern.compile("INC-\\d+");

    @Autowired
    CurrentIncidents currentIncidents;
    @Autowired
    StatusDocuments documents;
    @Autowired
    DisplayNames names;
    @TempDir
    Path exportDir;

    @Test
    void afterADeclarationTheExportHoldsEveryDocumentOfTheLiveView() throws Exception {
        var reply = client.slashCommandAs("U0ADA", "C0EXPORT", "declare Export outage severity=2");
        Matcher matcher = REF.matcher(reply.body());
        assertThat(matcher.find()).as(reply.body()).isTrue();
        String slug = matcher.group().toLowerCase();
        await().atMost(Duration.ofSeconds(90)).until(() -> client.get("/api/v2/incidents/unresolved.json").body()
                .contains("#" + slug + "\""));
        var export = new StaticExport(exportDir, currentIncidents, documents, names, Clock.systemUTC());

        assertThat(export.exportIfChanged()).isTrue();

        for (String file : List.of("index.html", "api/v2/summary.json", "api/v2/status.json", "api/v2/components.json",
                "api/v2/incidents.json", "api/v2/incidents/unresolved.json", "history.atom", "history.rss")) {
            assertThat(exportDir.resolve(file)).as(file).isNotEmptyFile();
        }
        assertThat(Files.readString(exportDir.resolve("index.html"))).contains("Export outage", "id=\"" + slug + "\"");
        assertThat(Files.readString(exportDir.resolve("api/v2/summary.json"))).contains("#" + slug + "\"");
        // the declaration's later events (its lead, its channel) may still be folding: once the view holds still,
        // an export finds nothing changed and writes nothing
        await().atMost(Duration.ofSeconds(30)).until(() -> !export.exportIfChanged());
    }
}
