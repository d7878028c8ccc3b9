package io.incidentledger.app.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * The zip an admin uploads to Teams: {@code teams/manifest.json} with the bot's app id and the ledger's domain filled
 * in, and both icons. It is checked against the vendored schema of the manifest's declared version, and the icons
 * against Teams' sizes, before anything is written.
 */
public final class TeamsAppPackage {

    static final String APP_ID = "{{TEAMS_APP_ID}}";
    static final String DOMAIN = "ledger.example.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path teamsDir;

    public TeamsAppPackage(Path teamsDir) {
        this.teamsDir = teamsDir;
    }

    /**
     * The manifest as it goes into the zip. Its {@code id} is derived from the bot's app id, so rebuilding the package
     * for the same bot updates the installed app instead of adding a second one.
     */
    public JsonNode manifest(String appId, String domain) throws IOException {
        String template = Files.readString(teamsDir.resolve("manifest.json"), StandardCharsets.UTF_8);
        String packageId = UUID.nameUUIDFromBytes(("incident-ledger-teams:" + appId).getBytes(StandardCharsets.UTF_8)).toString();
        return JSON.readTree(template.replace(APP_ID, appId).replace(DOMAIN, domain)
                .replace("\"00000000-0000-0000-0000-000000000000\"", "\"" + packageId + "\""));
    }

    public ManifestSchema schema(JsonNode manifest) throws IOException {
        return ManifestSchema.read(teamsDir.resolve("schema").resolve("v" + manifest.path("manifestVersion").asText())
                .resolve("MicrosoftTeams.schema.json"));
    }

    /** Every problem with the package, one line each, named by its field or file; empty when Teams will take it. */
    public List<String> problems(JsonNode manifest) throws IOException {
        List<String> problems = new ArrayList<>(schema(manifest).problems(manifest));
        icon(manifest, "color", 192, problems);
        icon(manifest, "outline", 32, problems);
        return problems;
    }

    public void write(JsonNode manifest, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); var entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("manifest.json"));
            entries.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            for (String icon : List.of("color", "outline")) {
                String file = manifest.path("icons").path(icon).asText();
                entries.putNextEntry(new ZipEntry(file));
                entries.write(Files.readAllBytes(teamsDir.resolve(file)));
            }
        }
    }

    private void icon(JsonNode manifest, String name, int size, List<String> problems) throws IOException {
        Path file = teamsDir.resolve(manifest.path("icons").path(name).asText());
        BufferedImage image = Files.isRegularFile(file) ? ImageIO.read(file.toFile()) : null;
        if (image == null) {
            problems.add("/icons/" + name + ": " + file.getFileName() + " is not a PNG file next to the manifest");
        } else if (image.getWidth() != size || image.getHeight() != size) {
            problems.add("/icons/" + name + ": must be " + size + "x" + size + " pixels, not "
                    + image.getWidth() + "x" + image.getHeight());
        }
    }
}
