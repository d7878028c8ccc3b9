package io.incidentledger.status.notify;

import java.util.Locale;

/** What the routes hear about, StackStorm-notify style, each with a default template. */
public enum NotificationKind {
    STATUS_CHANGED("{ref} {title}: now {status}. {message} {url}"),
    RESOLVED("{ref} {title} is resolved. {message} {url}"),
    UPDATE_POSTED("{ref} {title} ({status}): {message} {url}"),
    /** Written by {@link MaintenanceReminders}, which fills the same placeholders for a window ({status} is scheduled). */
    MAINTENANCE_REMINDER("{ref} {title}: scheduled maintenance {message} {url}");

    private final String defaultTemplate;

    NotificationKind(String defaultTemplate) {
        this.defaultTemplate = defaultTemplate;
    }

    String defaultTemplate() {
        return defaultTemplate;
    }

    /** The key under {@code status-page.notifications.templates}, e.g. {@code status-changed}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
