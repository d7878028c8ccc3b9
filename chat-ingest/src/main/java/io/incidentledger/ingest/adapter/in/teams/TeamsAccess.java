package io.incidentledger.ingest.adapter.in.teams;

import io.incidentledger.ingest.teams.TeamsProperties;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the Bot Framework endpoint may take requests. With an app id, every request needs a valid JWT. Without
 * one, the SDK checks nothing, which is allowed only in the local profile, and said loudly.
 */
@Component
class TeamsAccess {

    private static final Logger log = LoggerFactory.getLogger(TeamsAccess.class);

    private final boolean open;

    TeamsAccess(TeamsProperties teams, Environment environment) {
        boolean local = Arrays.asList(environment.getActiveProfiles()).contains("local");
        this.open = teams.hasAppId() || local;
        if (!teams.hasAppId() && local) {
            log.warn("TEAMS_APP_ID is empty: /api/messages accepts Bot Framework requests WITHOUT authentication "
                    + "(local profile only). Never expose this instance.");
        } else if (!teams.hasAppId()) {
            log.info("TEAMS_APP_ID is not set: /api/messages refuses every request until Teams is configured");
        }
    }

    boolean open() {
        return open;
    }
}
