package io.incidentledger.app.packaging;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code slack/manifest.yml} with every request URL pointing at the ledger's public URL, ready for Slack's
 * "Create from manifest" with no editing. Slack calls only https URLs with a host, so anything else is refused.
 */
public final class SlackAppManifest {

    static final String PLACEHOLDER = "https://ledger.example.com";

    private SlackAppManifest() {
    }

    public static String fill(Path template, String publicUrl) throws IOException {
        String base = check(publicUrl);
        String filled = Files.readString(template, StandardCharsets.UTF_8).replace(PLACEHOLDER, base);
        Map<String, Object> parsed = new Yaml().load(filled);
        if (parsed == null || !parsed.containsKey("settings")) {
            throw new IllegalArgumentException(template + " is not a Slack app manifest");
        }
        return filled;
    }

    private static String check(String publicUrl) {
        URI uri;
        try {
            uri = new URI(publicUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + publicUrl + "' is not a URL");
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("Slack calls only https://host[/path] URLs, not '" + publicUrl + "'");
        }
        String url = uri.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
