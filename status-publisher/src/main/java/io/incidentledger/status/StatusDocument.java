package io.incidentledger.status;

import org.springframework.http.MediaType;

/** Every status output, with the path it is served at and exported to. */
public enum StatusDocument {
    PAGE("index.html", MediaType.TEXT_HTML),
    SUMMARY("api/v2/summary.json", MediaType.APPLICATION_JSON),
    STATUS("api/v2/status.json", MediaType.APPLICATION_JSON),
    COMPONENTS("api/v2/components.json", MediaType.APPLICATION_JSON),
    INCIDENTS("api/v2/incidents.json", MediaType.APPLICATION_JSON),
    UNRESOLVED("api/v2/incidents/unresolved.json", MediaType.APPLICATION_JSON),
    MAINTENANCES("api/v2/scheduled-maintenances.json", MediaType.APPLICATION_JSON),
    UPCOMING_MAINTENANCES("api/v2/scheduled-maintenances/upcoming.json", MediaType.APPLICATION_JSON),
    ACTIVE_MAINTENANCES("api/v2/scheduled-maintenances/active.json", MediaType.APPLICATION_JSON),
    ATOM("history.atom", MediaType.parseMediaType("application/atom+xml")),
    RSS("history.rss", MediaType.parseMediaType("application/rss+xml"));

    private final String path;
    private final MediaType mediaType;

    StatusDocument(String path, MediaType mediaType) {
        this.path = path;
        this.mediaType = mediaType;
    }

    /** Relative path, for the export directory. */
    public String path() {
        return path;
    }

    public MediaType mediaType() {
        return new MediaType(mediaType, java.nio.charset.StandardCharsets.UTF_8);
    }
}
