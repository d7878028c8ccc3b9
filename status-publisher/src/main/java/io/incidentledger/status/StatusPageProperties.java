package io.incidentledger.status;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code status-page.*}: what the public page calls itself and where it lives, where the static export goes
 * ({@code STATUS_EXPORT_DIR}, blank: no export), which chat routes hear about changes, and where responders'
 * console is ({@code consoleUrl}, blank: the page links to none). The page's identity: a logo ({@code logoUrl}, blank:
 * none, so never a broken image) and footer {@code links}; its languages ({@code locale}, the default, and the offered
 * {@code locales}) and the {@code timeZone} its dates are shown in; {@code setupHint} (the local profile) tells whoever
 * runs it which of these to set. The components are ledger-core's catalog ({@code ledger.core.components},
 * {@code ledger.core.component-groups}); {@code uptime} says how their bars count.
 */
@ConfigurationProperties("status-page")
public record StatusPageProperties(
        @DefaultValue("incident-ledger") String id,
        @DefaultValue("Service status") String name,
        @DefaultValue("http://localhost:8080") String url,
        @DefaultValue Export export,
        @DefaultValue Notifications notifications,
        String consoleUrl,
        String logoUrl,
        @DefaultValue Links links,
        @DefaultValue("en") Locale locale,
        @DefaultValue({"en", "de"}) List<Locale> locales,
        @DefaultValue("UTC") ZoneId timeZone,
        boolean setupHint,
        @DefaultValue Uptime uptime,
        @DefaultValue Maintenance maintenance) {

    // a configured address is put into the page as it is: only web and mail links, or paths on this host
    private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?://|mailto:|/|\\./)\\S*");

    @ConstructorBinding
    public StatusPageProperties {
        links = links == null ? new Links(null, null, null) : links;
        locale = locale == null ? Locale.ENGLISH : locale;
        locales = locales == null ? List.of(locale) : List.copyOf(locales);
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        uptime = uptime == null ? new Uptime(false) : uptime;
        maintenance = maintenance == null ? new Maintenance(Duration.ofHours(1), Duration.ofSeconds(5)) : maintenance;
        checkLink("logo-url", logoUrl);
        checkLink("links.home", links.home());
        checkLink("links.support", links.support());
        checkLink("links.privacy", links.privacy());
    }

    public StatusPageProperties(String id, String name, String url, Export export, Notifications notifications,
                                String consoleUrl) {
        this(id, name, url, export, notifications, consoleUrl, null, new Links(null, null, null),
                Locale.ENGLISH, List.of(Locale.ENGLISH, Locale.GERMAN), ZoneId.of("UTC"), false, new Uptime(false),
                new Maintenance(Duration.ofHours(1), Duration.ofSeconds(5)));
    }

    /** Everything but maintenance, which keeps its defaults. */
    public StatusPageProperties(String id, String name, String url, Export export, Notifications notifications,
                                String consoleUrl, String logoUrl, Links links, Locale locale, List<Locale> locales,
                                ZoneId timeZone, boolean setupHint, Uptime uptime) {
        this(id, name, url, export, notifications, consoleUrl, logoUrl, links, locale, locales, timeZone, setupHint,
                uptime, null);
    }

    public StatusPageProperties(String id, String name, String url, Export export, Notifications notifications) {
        this(id, name, url, export, notifications, null);
    }

    /** The short constructor that renderers and tests need: no export, no routes. */
    public StatusPageProperties(String id, String name, String url) {
        this(id, name, url, new Export(null, Duration.ofSeconds(2)),
                new Notifications(List.of(), Map.of(), Duration.ofHours(1), Duration.ofSeconds(1),
                        Duration.ofSeconds(2), Duration.ofMinutes(5)));
    }

    /**
     * Windows start and complete by themselves, checked every {@code checkEvery}; the routes are reminded once,
     * {@code remindBefore} ahead of a start.
     */
    public record Maintenance(@DefaultValue("1h") Duration remindBefore, @DefaultValue("5s") Duration checkEvery) {
    }

    private static void checkLink(String key, String value) {
        if (value != null && !value.isBlank() && !SAFE_LINK.matcher(value).matches()) {
            throw new IllegalArgumentException("status-page." + key + " must be an http(s) or mailto: address or a "
                    + "path starting with /, not " + value);
        }
    }

    /** Whether the logo is configured: without one the page shows its name only. */
    public boolean hasLogo() {
        return logoUrl != null && !logoUrl.isBlank();
    }

    /** Whether time under maintenance counts as downtime in the uptime percentage (by default it does not). */
    public record Uptime(@DefaultValue("false") boolean maintenanceIsDowntime) {
    }

    /** The footer's links to the organisation's own pages; each blank one is left out. */
    public record Links(String home, String support, String privacy) {
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
