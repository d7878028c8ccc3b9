package io.incidentledger.ingest.adapter.in.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.incidentledger.api.id.*;
import io.incidentledger.ingest.application.*;
import io.incidentledger.ingest.command.NewIncident;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The declare and status forms and the headline's buttons, in the shapes Slack submits them. */
class SlackInteractionHandlersTest {

    private static final ChatReply DONE = new ChatReply("INC-7 acknowledged: ada and the team are on it.", true, true);

    private final ChatCommandService commands = mock(ChatCommandService.class);
    private final FakeSlackApi api = FakeSlackApi.start();
    private final SlackInbound slack = new SlackInbound(commands, mock(ChatRecordService.class), api, false);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theDeclareFormBecomesOneTypedDeclarationWithEveryFieldAndTheFormCloses() throws Exception {
        when(commands.declare(any())).thenReturn(new Declared.Opened(new IncidentRef(9), DONE));
        String viewId = "V0" + fresh();

        var response = slack.interaction(declareForm(viewId, "Checkout is failing", "2", "U0BOB", "Card payments fail",
                "EU customers cannot pay", "\"API\",\"Checkout\""));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isNullOrEmpty();
        var request = ArgumentCaptor.forClass(DeclareRequest.class);
        verify(commands).declare(request.capture());
        assertThat(request.getValue().incident()).isEqualTo(new NewIncident("Checkout is failing", Severity.SEV2,
                new ChatUser("U0BOB", null), Map.of("API", ComponentStatus.PARTIAL_OUTAGE, "Checkout", ComponentStatus.PARTIAL_OUTAGE),
                "Card payments fail", "EU customers cannot pay"));
        assertThat(request.getValue().chat()).satisfies(chat -> {
            assertThat(chat.origin()).isEqualTo(new ChatOrigin(Platform.SLACK, "C0GENERAL", new ChatUser("U0ADA", "ada")));
            assertThat(chat.deliveryId()).isEqualTo(viewId);
            assertThat(chat.text()).isEqualTo("declare (form)");
            assertThat(chat.receivedAt()).isEqualTo(SlackInbound.NOW);
        });
    }

    @Test
    void anEmptyLeadAndNoComponentsDeclareWithNeither() throws Exception {
        when(commands.declare(any())).thenReturn(new Declared.Opened(new IncidentRef(9), DONE));

        slack.interaction(declareForm("V0" + fresh(), "Search down", "3", null, null, null, ""));

        var request = ArgumentCaptor.forClass(DeclareRequest.class);
        verify(commands).declare(request.capture());
        assertThat(request.getValue().incident()).isEqualTo(new NewIncident("Search down", Severity.SEV3, null, Map.of(), null, null));
    }

    @Test
    void aRefusedDeclarationKeepsTheFormOpenWithTheReasonUnderTheTitle() throws Exception {
        when(commands.declare(any())).thenReturn(new Declared.Refused(
                new ChatReply("There is no component called 'Mainframe'. Known components: API, Checkout.", false, false)));

        var response = slack.interaction(declareForm("V0" + fresh(), "Checkout", "2", null, null, null, "\"Mainframe\""));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(errors(response)).isEqualTo(Map.of("title", "There is no component called 'Mainframe'. Known components: API, Checkout."));
    }

    @Test
    void aSeverityNoFormOffersIsShownUnderItsFieldAndNothingIsDeclared() throws Exception {
        var response = slack.interaction(declareForm("V0" + fresh(), "Checkout", "9", null, null, null, ""));

        assertThat(response.getBody()).isEqualTo(
                "{\"response_action\":\"errors\",\"errors\":{\"severity\":\"Pick a severity from 1 (critical) to 4.\"}}");
        verifyNoInteractions(commands);
    }

    @Test
    void aLeadNoPlatformCouldHaveIsShownUnderItsFieldAndNothingIsDeclared() throws Exception {
        var response = slack.interaction(declareForm("V0" + fresh(), "Checkout", "2", "U" + "0".repeat(200), null, null, ""));

        assertThat(response.getBody()).startsWith("{\"response_action\":\"errors\",\"errors\":{\"lead\":");
        verifyNoInteractions(commands);
    }

    @Test
    void theStatusFormChangesTheStatusOfTheIncidentItWasOpenedFor() throws Exception {
        when(commands.changeStatus(any(), any(), any(), any())).thenReturn(new ChatReply("INC-7 is now resolved: Rolled back", true, true));
        String viewId = "V0" + fresh();

        var response = slack.interaction(statusForm(viewId, "INC-7 C0INC", "resolved", "Rolled back"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isNullOrEmpty();
        var chat = ArgumentCaptor.forClass(ChatCommand.class);
        verify(commands).changeStatus(chat.capture(), eq(new IncidentRef(7)), eq(IncidentStatus.RESOLVED), eq("Rolled back"));
        assertThat(chat.getValue().origin().channelId()).isEqualTo("C0INC");
        assertThat(chat.getValue().deliveryId()).isEqualTo(viewId);
    }

    @Test
    void aRefusedStatusChangeIsShownUnderTheMessage() throws Exception {
        when(commands.changeStatus(any(), any(), any(), any())).thenReturn(new ChatReply("INC-7 is already resolved.", false, false));

        var response = slack.interaction(statusForm("V0" + fresh(), "INC-7 C0INC", "resolved", "again"));

        assertThat(response.getBody()).isEqualTo("{\"response_action\":\"errors\",\"errors\":{\"message\":\"INC-7 is already resolved.\"}}");
    }

    @Test
    void aStatusFormWithoutAMessageOrItsIncidentOrWithAStateNoFormOffersChangesNothing() throws Exception {
        assertThat(slack.interaction(statusForm("V0" + fresh(), "INC-7 C0INC", "resolved", " ")).getBody())
                .isEqualTo("{\"response_action\":\"errors\",\"errors\":{\"message\":\"Say what changed: it becomes the public update.\"}}");
        assertThat(slack.interaction(statusForm("V0" + fresh(), "", "resolved", "fixed")).getBody())
                .contains("\"message\":\"This form has lost its incident; open it again from the headline.\"");
        assertThat(slack.interaction(statusForm("V0" + fresh(), "INC-7 C0INC", "fixed", "all good")).getBody())
                .isEqualTo("{\"response_action\":\"errors\",\"errors\":{\"state\":"
                        + "\"Pick one of investigating, identified, monitoring, resolved.\"}}");
        verifyNoInteractions(commands);
    }

    @Test
    void theAcknowledgeButtonAcknowledgesTheIncidentItShowsAndAnswersThroughTheResponseUrl() throws Exception {
        when(commands.acknowledge(any(), any())).thenReturn(DONE);
        String trigger = "1." + fresh();

        var response = slack.interaction(button("incident_ack", "INC-7", trigger));

        assertThat(response.getStatusCode()).isEqualTo(200);
        var chat = ArgumentCaptor.forClass(ChatCommand.class);
        verify(commands).acknowledge(chat.capture(), eq(new IncidentRef(7)));
        assertThat(chat.getValue().deliveryId()).isEqualTo(trigger);
        assertThat(chat.getValue().text()).isEqualTo("ack INC-7 (button)");
        assertThat(api.calls("response_url")).singleElement().satisfies(call -> assertThat(call.body())
                .contains("\"response_type\":\"ephemeral\"", "\"replace_original\":false", DONE.text()));
    }

    @Test
    void theCloseButtonClosesAndARefusalIsAnsweredPrivately() throws Exception {
        when(commands.close(any(), any())).thenReturn(new ChatReply("Only the lead (ada) or an admin may run `close` on INC-7.", false, false));

        slack.interaction(button("incident_close", "INC-7", "1." + fresh()));

        verify(commands).close(any(), eq(new IncidentRef(7)));
        assertThat(api.calls("response_url")).singleElement().satisfies(call -> assertThat(call.body())
                .contains("Only the lead (ada) or an admin may run `close` on INC-7."));
    }

    @Test
    void aButtonThatNamesNoIncidentRunsNothingAndSaysSo() throws Exception {
        slack.interaction(button("incident_ack", "INC-0", "1." + fresh()));

        verifyNoInteractions(commands);
        assertThat(api.calls("response_url")).singleElement().satisfies(call -> assertThat(call.body())
                .contains("This button names no incident"));
    }

    /** Slack's inline errors: {@code response_action} is {@code errors}, and each error is keyed by its block id. */
    private static Map<String, String> errors(com.slack.api.bolt.response.Response response) throws Exception {
        var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getBody());
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        body.path("errors").fields().forEachRemaining(field -> errors.put(field.getKey(), field.getValue().asText()));
        return errors;
    }

    private String declareForm(String viewId, String title, String severity, String lead, String summary, String impact,
                               String components) {
        return "{\"type\":\"view_submission\",\"team\":{\"id\":\"T0TEST\",\"domain\":\"acme\"},"
                + "\"user\":{\"id\":\"U0ADA\",\"username\":\"ada\",\"name\":\"ada\",\"team_id\":\"T0TEST\"},"
                + "\"api_app_id\":\"A0TEST\",\"token\":\"legacy\",\"trigger_id\":\"1." + fresh() + "\",\"view\":{\"id\":\"" + viewId
                + "\",\"team_id\":\"T0TEST\",\"type\":\"modal\",\"callback_id\":\"declare_incident\",\"private_metadata\":\"C0GENERAL\","
                + "\"hash\":\"1.abc\",\"state\":{\"values\":{"
                + "\"title\":{\"title\":{\"type\":\"plain_text_input\",\"value\":" + json(title) + "}},"
                + "\"summary\":{\"summary\":{\"type\":\"plain_text_input\",\"value\":" + json(summary) + "}},"
                + "\"impact\":{\"impact\":{\"type\":\"plain_text_input\",\"value\":" + json(impact) + "}},"
                + "\"severity\":{\"severity\":{\"type\":\"static_select\",\"selected_option\":{\"text\":{\"type\":\"plain_text\","
                + "\"text\":\"SEV" + severity + "\"},\"value\":\"" + severity + "\"}}},"
                + "\"lead\":{\"lead\":{\"type\":\"users_select\",\"selected_user\":" + json(lead) + "}},"
                + "\"components\":{\"components\":{\"type\":\"multi_static_select\",\"selected_options\":["
                + options(components) + "]}}}}},\"response_urls\":[],\"is_enterprise_install\":false}";
    }

    private String statusForm(String viewId, String metadata, String state, String message) {
        return "{\"type\":\"view_submission\",\"team\":{\"id\":\"T0TEST\",\"domain\":\"acme\"},"
                + "\"user\":{\"id\":\"U0ADA\",\"username\":\"ada\",\"name\":\"ada\",\"team_id\":\"T0TEST\"},"
                + "\"api_app_id\":\"A0TEST\",\"token\":\"legacy\",\"trigger_id\":\"1." + fresh() + "\",\"view\":{\"id\":\"" + viewId
                + "\",\"team_id\":\"T0TEST\",\"type\":\"modal\",\"callback_id\":\"update_status\",\"private_metadata\":\"" + metadata
                + "\",\"hash\":\"1.def\",\"state\":{\"values\":{"
                + "\"state\":{\"state\":{\"type\":\"static_select\",\"selected_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\""
                + state + "\"},\"value\":\"" + state + "\"}}},"
                + "\"message\":{\"message\":{\"type\":\"plain_text_input\",\"value\":" + json(message) + "}}}}},"
                + "\"response_urls\":[],\"is_enterprise_install\":false}";
    }

    private String button(String actionId, String ref, String triggerId) {
        return "{\"type\":\"block_actions\",\"team\":{\"id\":\"T0TEST\",\"domain\":\"acme\"},"
                + "\"user\":{\"id\":\"U0ADA\",\"username\":\"ada\",\"name\":\"ada\",\"team_id\":\"T0TEST\"},"
                + "\"api_app_id\":\"A0TEST\",\"token\":\"legacy\",\"container\":{\"type\":\"message\",\"message_ts\":\"1700000000.000101\","
                + "\"channel_id\":\"C0INC\",\"is_ephemeral\":false},\"trigger_id\":\"" + triggerId + "\","
                + "\"channel\":{\"id\":\"C0INC\",\"name\":\"inc-7\"},\"message\":{\"type\":\"message\",\"ts\":\"1700000000.000101\","
                + "\"text\":\"headline\"},\"response_url\":\"" + api.responseUrl() + "\",\"actions\":[{\"action_id\":\"" + actionId
                + "\",\"block_id\":\"headline_actions\",\"text\":{\"type\":\"plain_text\",\"text\":\"Go\"},\"value\":\"" + ref
                + "\",\"type\":\"button\",\"action_ts\":\"1700000200.000001\"}]}";
    }

    private static String options(String quotedNames) {
        if (quotedNames.isEmpty()) {
            return "";
        }
        return String.join(",", java.util.Arrays.stream(quotedNames.split(",")).map(name ->
                "{\"text\":{\"type\":\"plain_text\",\"text\":" + name + "},\"value\":" + name + "}").toList());
    }

    private static String json(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String fresh() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }
}
