package io.incidentledger.ingest.adapter.in.teams;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.incidentledger.ingest.teams.TeamsProperties;
import io.incidentledger.ingest.testdata.RenderedRefusals;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The HTTP face of authentication: with an app id, no token or a bad one is a 401 with a sentence; so is a stranger tenant. */
class TeamsBotControllerTest {

    private static final String ACTIVITY = "{\"type\":\"message\",\"id\":\"1\",\"channelId\":\"msteams\","
            + "\"serviceUrl\":\"https://smba.example.test/teams/\",\"from\":{\"id\":\"29:ada\"},"
            + "\"conversation\":{\"id\":\"19:general@thread.tacv2\"},\"recipient\":{\"id\":\"28:bot\"},\"text\":\"help\"}";

    @Test
    void withAnAppIdARequestWithoutAValidTokenGets401() throws Exception {
        MockMvc mvc = controller(new TeamsProperties("2f9c3a1e-0000-4000-8000-00000000b0b1", "secret", null, null, List.of(), null,
                "https://smba.example.test/teams/", null, List.of()), new MockEnvironment());

        mvc.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON).content(ACTIVITY))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("The request's Bot Framework token is missing or invalid."));
        mvc.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON).content(ACTIVITY)
                        .header("Authorization", "Bearer not.a.jwt"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void withoutAnAppIdOutsideTheLocalProfileEverythingIsRefused() throws Exception {
        MockMvc mvc = controller(new TeamsProperties(null, null, null, null, List.of(), null, "https://smba.example.test/teams/",
                null, List.of()), new MockEnvironment());

        mvc.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON).content(ACTIVITY))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("chat_not_configured"));
    }

    @Test
    void anAuthenticatedActivityFromATenantNotListedGets401AndNeverReachesTheBot() throws Exception {
        var environment = new MockEnvironment();
        environment.setActiveProfiles("local");
        MockMvc mvc = controller(new TeamsProperties(null, null, null, null, List.of("t1"), null,
                "https://smba.example.test/teams/", null, List.of()), environment);

        // the bot has no services: reaching it would be a 500, not this 401
        mvc.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON)
                        .content(ACTIVITY.replace("\"text\"", "\"channelData\":{\"tenant\":{\"id\":\"t-evil\"}},\"text\"")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("tenant_not_allowed"));
    }

    private static MockMvc controller(TeamsProperties teams, MockEnvironment environment) {
        var adapter = new TeamsConfiguration().teamsAdapter(teams);
        var bot = new IncidentTeamsBot(null, null, List.of(), Clock.systemUTC());
        return MockMvcBuilders.standaloneSetup(new TeamsBotController(adapter, bot, new TeamsAccess(teams, environment),
                new TeamsTenants(teams, environment))).setControllerAdvice(new RenderedRefusals()).build();
    }
}
