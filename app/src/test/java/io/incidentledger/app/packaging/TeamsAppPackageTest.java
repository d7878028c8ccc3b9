package io.incidentledger.app.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Teams package against Microsoft's JSON schema (vendored from @microsoft/app-manifest) for its version. */
class TeamsAppPackageTest {

    static final Path TEAMS = Path.of("..", "teams");
    private final TeamsAppPackage teams = new TeamsAppPackage(TEAMS);
    private final String appId = UUID.randomUUID().toString();

    @TempDir
    Path dir;

    @Test
    void theManifestWithAnAppIdAndDomainIsValidAgainstTheSchemaOfItsDeclaredVersion() throws Exception {
        var manifest = teams.manifest(appId, "ledger.acme.test");

        assertThat(teams.problems(manifest)).isEmpty();
        assertThat(manifest.toString()).doesNotContain("{{", "example.com").contains(appId, "ledger.acme.test");
        var schema = new ObjectMapper().readTree(TEAMS.resolve("schema/v" + manifest.path("manifestVersion").asText()
                + "/MicrosoftTeams.schema.json").toFile());
        assertThat(schema.at("/properties/manifestVersion/const").asText()).isEqualTo(manifest.path("manifestVersion").asText());
    }

    @Test
    void aFieldTheSchemaDoesNotKnowIsNamed() throws Exception {
        var manifest = (ObjectNode) teams.manifest(appId, "ledger.acme.test");
        manifest.put("packageName", "io.incidentledger.teams");

        assertThat(teams.problems(manifest)).singleElement().asString().contains("packageName");
    }

    @Test
    void aManifestOfAnotherVersionFailsThisVersionsSchema() throws Exception {
        var manifest = (ObjectNode) teams.manifest(appId, "ledger.acme.test");
        var schema = teams.schema(manifest);
        manifest.put("manifestVersion", "1.99");

        assertThat(schema.problems(manifest)).anySatisfy(problem -> assertThat(problem).startsWith("/manifestVersion"));
    }

    @Test
    void aWrongAppIdIsNamedByEveryFieldItLandsInAndNothingIsWritten() throws Exception {
        Path zip = dir.resolve("incident-ledger-teams.zip");

        int exit = PackagingCommand.teams(TEAMS, "not-a-guid", "ledger.acme.test", zip);

        assertThat(exit).isEqualTo(1);
        assertThat(zip).doesNotExist();
        assertThat(teams.problems(teams.manifest("not-a-guid", "ledger.acme.test")))
                .anySatisfy(problem -> assertThat(problem).startsWith("/bots/0/botId"))
                .anySatisfy(problem -> assertThat(problem).startsWith("/webApplicationInfo/id"));
    }

    @Test
    void aWrongSizedIconIsNamed() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("teams"));
        Files.copy(TEAMS.resolve("manifest.json"), copy.resolve("manifest.json"));
        Files.copy(TEAMS.resolve("outline.png"), copy.resolve("color.png"));
        Files.copy(TEAMS.resolve("outline.png"), copy.resolve("outline.png"));
        Files.createDirectories(copy.resolve("schema"));
        copyTree(TEAMS.resolve("schema"), copy.resolve("schema"));
        var other = new TeamsAppPackage(copy);

        assertThat(other.problems(other.manifest(appId, "ledger.acme.test")))
                .containsExactly("/icons/color: must be 192x192 pixels, not 32x32");
    }

    @Test
    void theZipHoldsTheFilledManifestAndBothIconsAndTheSameBotKeepsItsAppId() throws Exception {
        Path zip = dir.resolve("incident-ledger-teams.zip");

        assertThat(PackagingCommand.teams(TEAMS, appId, "ledger.acme.test", zip)).isZero();

        List<String> names = new ArrayList<>();
        try (var file = new ZipFile(zip.toFile())) {
            file.stream().forEach(entry -> names.add(entry.getName()));
            var manifest = new ObjectMapper().readTree(file.getInputStream(file.getEntry("manifest.json")));
            assertThat(manifest.at("/bots/0/botId").asText()).isEqualTo(appId);
            assertThat(manifest.path("id").asText()).isEqualTo(teams.manifest(appId, "other.test").path("id").asText())
                    .isNotEqualTo(teams.manifest(UUID.randomUUID().toString(), "ledger.acme.test").path("id").asText());
        }
        assertThat(names).containsExactlyInAnyOrder("manifest.json", "color.png", "outline.png");
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
