package io.incidentledger.status;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code status-page.*}: what the public page calls itself and where it lives. */
@ConfigurationProperties("status-page")
public record StatusPageProperties(
        @DefaultValue("incident-ledger") String id,
        @DefaultValue("Service status") String name,
        @DefaultValue("http://localhost:8080") String url,
        @DefaultValue List<String> components) {
}
