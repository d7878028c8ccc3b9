package io.incidentledger.ingest.application;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.rbac.*}: who may run what. {@code commands.<name>} overrides the default principals of a
 * command: {@code anyone}, {@code lead}, {@code comms}, {@code scribe}, {@code admin} or {@code group:<name>}.
 * Admins and group members are platform user ids.
 */
@ConfigurationProperties("ledger.rbac")
public record RbacProperties(
        @DefaultValue List<String> admins,
        @DefaultValue Map<String, List<String>> groups,
        @DefaultValue Map<String, List<String>> commands) {
}
