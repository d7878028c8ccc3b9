package io.incidentledger.ingest.adapter.in.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.ingest.teams.TeamsProperties;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class TeamsTenantsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anActivityFromAListedTenantIsAllowed() throws Exception {
        var tenants = tenants(List.of("t1", "t2"), null, "prod");

        assertThat(tenants.allow(activity("{\"channelData\":{\"tenant\":{\"id\":\"t2\"}}}"), "/api/messages")).isTrue();
        assertThat(tenants.allow(activity("{\"conversation\":{\"tenantId\":\"t1\"}}"), "/api/messages")).isTrue();
    }

    @Test
    void anActivityFromAnotherTenantIsRefused() throws Exception {
        var tenants = tenants(List.of("t1"), null, "prod");

        assertThat(tenants.allow(activity("{\"channelData\":{\"tenant\":{\"id\":\"t-evil\"}}}"), "/api/messages")).isFalse();
    }

    @Test
    void anActivityNamingAListedAndAnUnlistedTenantIsRefused() throws Exception {
        var tenants = tenants(List.of("t1"), null, "prod");

        assertThat(tenants.allow(activity("{\"conversation\":{\"tenantId\":\"t-evil\"},"
                + "\"channelData\":{\"tenant\":{\"id\":\"t1\"}}}"), "/api/messages")).isFalse();
    }

    @Test
    void anActivityThatNamesNoTenantIsRefused() throws Exception {
        var tenants = tenants(List.of("t1"), null, "prod");

        assertThat(tenants.allow(activity("{\"type\":\"message\"}"), "/teams/webhook")).isFalse();
    }

    @Test
    void anEmptyListRefusesEveryTenantOutsideTheLocalProfile() throws Exception {
        var tenants = tenants(List.of(), null, "prod");

        assertThat(tenants.allow(activity("{\"channelData\":{\"tenant\":{\"id\":\"t1\"}}}"), "/api/messages")).isFalse();
    }

    @Test
    void anEmptyListAllowsAnyTenantInTheLocalProfile() throws Exception {
        var tenants = tenants(List.of(" "), null, "local");

        assertThat(tenants.allow(activity("{\"channelData\":{\"tenant\":{\"id\":\"anyone\"}}}"), "/api/messages")).isTrue();
    }

    @Test
    void aSingleTenantBotsOwnTenantIsTheListWhenNoneIsGiven() throws Exception {
        var tenants = tenants(List.of(), "home-tenant", "prod");

        assertThat(tenants.allow(activity("{\"channelData\":{\"tenant\":{\"id\":\"home-tenant\"}}}"), "/api/messages")).isTrue();
        assertThat(tenants.allow(activity("{\"channelData\":{\"tenant\":{\"id\":\"t1\"}}}"), "/api/messages")).isFalse();
    }

    private static TeamsTenants tenants(List<String> ids, String homeTenant, String profile) {
        var teams = new TeamsProperties("app-id", "secret", null, homeTenant, ids, null, "https://smba.example.test/teams/",
                null, List.of());
        var environment = new MockEnvironment();
        environment.setActiveProfiles(profile);
        return new TeamsTenants(teams, environment);
    }

    private static JsonNode activity(String json) throws Exception {
        return JSON.readTree(json);
    }
}
