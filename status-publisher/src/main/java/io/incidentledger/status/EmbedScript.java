package io.incidentledger.status;

import io.incidentledger.status.http.CachedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** {@code status-page/embed.js}, read once: its bytes, ETag, and the time it was built into the jar. */
@Component
class EmbedScript {

    static final MediaType TYPE = new MediaType("text", "javascript", StandardCharsets.UTF_8);
    private static final String RESOURCE = "status-page/embed.js";

    private final byte[] body;
    private final String etag;
    private final Instant lastModified;

    EmbedScript() {
        URL url = EmbedScript.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        try (InputStream in = url.openStream()) {
            body = in.readAllBytes();
            long modified = url.openConnection().getLastModified();
            lastModified = modified > 0 ? Instant.ofEpochMilli(modified) : Instant.now();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        etag = CachedResponse.etag(body);
    }

    byte[] body() {
        return body;
    }

    String etag() {
        return etag;
    }

    Instant lastModified() {
        return lastModified;
    }
}
