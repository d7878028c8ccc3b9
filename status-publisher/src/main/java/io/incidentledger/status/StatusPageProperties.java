package io.incidentledger.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code status-page.*}: what the public page calls itself and where it lives, where the static export goes
 * ({@code STATUS_EXPORT_DIR}, blank: no export), which chat routes hear about changes, and where responders'
 * console is ({@code consoleUrl}, blank: the page links to none).
 */
@ConfigurationProperties("status-page")
public record StatusPageProperties(
        @DefaultValue("incident-ledger") String id,
        @DefaultValue("Service status") String name,
        @DefaultValue("http://localhost:8080") String url,
        @DefaultValue List<String> components,
        @DefaultValue Export export,
        @DefaultValue Notifications notifications,
        String consoleUrl,
        @DefaultValue Maintenance maintenance) {

    @ConstructorBinding
    public StatusPageProperties {
    }

    public StatusPageProperties(String id, String name, String url, List<String> components, Export export,
                                Notifications notifications, String consoleUrl) {
        this(id, name, url, components, export, notifications, consoleUrl, new Maintenance(Duration.ofHours(1), Duration.ofSeconds(5)));
    }

    public StatusPageProperties(String id, String name, String url, List<String> components, Export export,
                                Notifications notifications) {
        this(id, name, url, components, export, notifications, null);
    }

    /** The short constructor that renderers and tests need: no export, no routes. */
    public StatusPageProperties(String id, String name, String url, List<String> components) {
        this(id, name, url, components, new Export(null, Duration.ofSeconds(2)),
                new Notifications(List.of(), Map.of(), Duration.ofHours(1), Duration.ofSeconds(1),
                        Duration.ofSeconds(2), Duration.ofMinutes(5)));
    }

    /**
     * Windows start and complete by themselves, checked every {@code checkEvery}; the routes are reminded once,
     * {@code remindBefore} ahead of a start.
     */
    public record Maintenance(@DefaultValue("1h") Duration remindBefore, @DefaultValue("5s") Duration checkEvery) {
    }

    public record Export(Path dir, @DefaultValue("2s") Duration interval) {

        public boolean enabled() {
            return dir != null && !dir.toString().isBlank();
        }
    }

    /**
     * Routes get one message per status change, resolve and public update. {@code maxAge} keeps a first start
     * on an old ledger from replaying months of notifications; retries back off from {@code firstRetry} to
     * {@code maxRetry}. Delivered rows are deleted once older than {@code retention}, checked every {@code pruneEvery}.
     */
    public record Notifications(
            @DefaultValue List<NotificationRouteProperties> routes,
            @DefaultValue Map<String, String> templates,
            @DefaultValue("1h") Duration maxAge,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("2s") Duration firstRetry,
            @DefaultValue("5m") Duration maxRetry,
            @DefaultValue("30d") Duration retention,
            @DefaultValue("1h") Duration pruneEvery) {

        @ConstructorBinding
        public Notifications {
        }

        public Notifications(List<NotificationRouteProperties> routes, Map<String, String> templates, Duration maxAge,
                             Duration pollInterval, Duration firstRetry, Duration maxRetry) {
            this(routes, templates, maxAge, pollInterval, firstRetry, maxRetry, Duration.ofDays(30), Duration.ofHours(1));
        }
    }
}
