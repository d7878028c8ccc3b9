package io.incidentledger.ingest.adapter.in.teams;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.ingest.teams.TeamsProperties;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The Microsoft 365 tenants whose Teams may talk to this ledger ({@code TEAMS_TENANT_IDS}). A valid Bot
 * Framework token or webhook HMAC says the request came through Teams, not from which organisation. An activity
 * is allowed when every tenant it names is listed; one that names none is refused. Fail closed: an empty list
 * refuses everything, except in the local profile, where it allows any tenant.
 */
@Component
class TeamsTenants {

    static final String REFUSAL = "This Microsoft 365 tenant may not use this incident ledger.";
    private static final Logger log = LoggerFactory.getLogger(TeamsTenants.class);

    private final Set<String> allowed;
    private final boolean anyTenant;

    TeamsTenants(TeamsProperties teams, Environment environment) {
        this.allowed = Set.copyOf(teams.allowedTenants());
        this.anyTenant = allowed.isEmpty() && Arrays.asList(environment.getActiveProfiles()).contains("local");
        if (anyTenant) {
            log.warn("TEAMS_TENANT_IDS is empty: Teams activities from ANY tenant are accepted (local profile only)");
        } else if (allowed.isEmpty() && teams.isConfigured()) {
            log.warn("TEAMS_TENANT_IDS is empty: every Teams activity (/api/messages, /teams/webhook) is refused with 401 "
                    + "until it lists your Microsoft 365 tenant ids");
        }
    }

    /** Whether {@code activity} may be handled; a refusal is logged with the tenant it named. */
    boolean allow(JsonNode activity, String endpoint) {
        List<String> named = tenantsOf(activity);
        if (anyTenant || (!named.isEmpty() && allowed.containsAll(named))) {
            return true;
        }
        log.warn("Refused a Teams activity on {} from tenant {}: not in TEAMS_TENANT_IDS", endpoint,
                named.isEmpty() ? "(none given)" : named.stream().map(TeamsTenants::printable).toList());
        return false;
    }

    /** Teams names the tenant in {@code channelData.tenant.id}, and often in {@code conversation.tenantId} too. */
    static List<String> tenantsOf(JsonNode activity) {
        return List.copyOf(Stream.of(activity.path("channelData").path("tenant").path("id"),
                        activity.path("conversation").path("tenantId"))
                .filter(JsonNode::isTextual).map(JsonNode::asText).collect(LinkedHashSet<String>::new, Set::add, Set::addAll));
    }

    // the id comes from the request: keep the log line one line and short
    private static String printable(String tenant) {
        String clean = tenant.replaceAll("[^\\w.:-]", "_");
        return clean.length() <= 64 ? clean : clean.substring(0, 64) + "…";
    }
}
