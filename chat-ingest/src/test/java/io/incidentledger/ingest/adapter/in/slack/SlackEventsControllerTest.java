package io.incidentledger.ingest.adapter.in.slack;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.slack.api.bolt.AppConfig;
import io.incidentledger.ingest.application.ChatCommandService;
import io.incidentledger.ingest.application.ChatIntakeBusy;
import io.incidentledger.ingest.application.ChatRecordService;
import io.incidentledger.ingest.slack.SlackProperties;
import io.incidentledger.ingest.testdata.RenderedRefusals;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The Events API's HTTP answers: 200 once recorded or ignored, 503 or 500 only when not stored yet, 4xx with one sentence for bad input. */
class SlackEventsControllerTest {

    private final ChatRecordService record = mock(ChatRecordService.class);
    private final ChatCommandService commands = mock(ChatCommandService.class);
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        var properties = new SlackProperties(SlackBoltDriver.SECRET, null, "https://slack.example.test/api/", "/incident",
                null, "inc", List.of("pushpin"));
        AppConfig config = AppConfig.builder().signingSecret(SlackBoltDriver.SECRET).build();
        var app = new VerifiedSlackApp(config, new SlackRequestSignature(SlackBoltDriver.SECRET));
        new SlackEventHandlers(record, properties.timelineEmoji(), Clock.systemUTC()).registerOn(app);
        new SlackCommandHandlers(commands, properties, List.of(), Runnable::run, Clock.systemUTC()).registerOn(app);
        new SlackInteractionHandlers(commands, Runnable::run, Clock.systemUTC()).registerOn(app);
        mvc = MockMvcBuilders.standaloneSetup(new SlackEventsController(app, SharedGsonPayloadExtractor.parser(config), properties))
                .setControllerAdvice(new RenderedRefusals()).build();
    }

    @Test
    void aThreadBroadcastIsRecordedInItsThread() throws Exception {
        event("{\"type\":\"message\",\"subtype\":\"thread_broadcast\",\"channel\":\"C0INC\",\"user\":\"U0BOB\",\"text\":\"done\","
                + "\"ts\":\"1700000110.000100\",\"thread_ts\":\"1700000100.000100\",\"event_ts\":\"1700000110.000100\"}")
                .andExpect(status().isOk());

        verify(record).said(any(), eq("1700000110.000100"), eq("1700000100.000100"), eq("done"), any(), any());
    }

    @Test
    void aSubtypeWithoutAHandlerIsAcknowledgedAndNothingIsRecorded() throws Exception {
        event("{\"type\":\"message\",\"subtype\":\"channel_join\",\"channel\":\"C0INC\",\"user\":\"U0BOT\",\"text\":\"joined\","
                + "\"ts\":\"1700000120.000100\"}").andExpect(status().isOk());
        event("{\"type\":\"message\",\"subtype\":\"huddle_thread\",\"channel\":\"C0INC\",\"ts\":\"1700000121.000100\"}")
                .andExpect(status().isOk());
        event("{\"type\":\"app_home_opened\",\"user\":\"U0ADA\",\"channel\":\"D0HOME\",\"tab\":\"home\"}").andExpect(status().isOk());

        verifyNoInteractions(record);
    }

    @Test
    void aFullIntakeIsAnswered503WithRetryAfterSoSlackRetries() throws Exception {
        doThrow(new ChatIntakeBusy(2000, Duration.ofSeconds(5))).when(record).said(any(), any(), any(), any(), any(), any());

        message("U0ADA").andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.error").value("busy"));
    }

    @Test
    void aDeliveryTheLedgerCouldNotStoreFailsSoSlackRetriesWithoutTheCause() throws Exception {
        doThrow(new IllegalStateException("connection refused: db:5432")).when(record).said(any(), any(), any(), any(), any(), any());

        message("U0ADA").andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.message").value("The incident ledger could not handle this request."));
    }

    @Test
    void anOverLongUserIdOrAFieldOfTheWrongTypeGets400WithOneSentence() throws Exception {
        message("U".repeat(101)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("A user id is at most 100 characters; this one has 101."));
        event("{\"type\":\"message\",\"subtype\":\"file_share\",\"channel\":\"C0INC\",\"user\":\"U0ADA\",\"text\":\"x\","
                + "\"files\":\"api.log\",\"ts\":\"1700000130.000100\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("bad_request"));

        verifyNoInteractions(record);
    }

    @Test
    void aNonNumericTimestampGets401() throws Exception {
        byte[] body = SlackBoltDriver.messageEvent("Ev1", "hi");

        mvc.perform(post("/slack/events").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("X-Slack-Request-Timestamp", "soon").header("X-Slack-Signature", "v0=00"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aSlashCommandWithoutAUserIdGetsAPoliteReplyAndRunsNothing() throws Exception {
        form("token=t&team_id=T0TEST&channel_id=C0INC&user_id=&user_name=ada&command=%2Fincident&text=note+hi&trigger_id=1.2.3")
                .andExpect(status().isOk()).andExpect(jsonPath("$.text").value("This command can't be run: A chat user needs an id"));

        verifyNoInteractions(commands);
    }

    @Test
    void interactionsOfTheWrongShapeGet400WithOneSentence() throws Exception {
        for (String payload : List.of("{\"type\":\"block_actions\",\"user\":{\"id\":\"U0ADA\"},\"actions\":\"incident_ack\"}",
                "{\"type\":\"block_actions\",\"user\":{\"id\":\"U0ADA\"},\"actions\":[]}",
                "{\"type\":\"view_submission\",\"user\":{\"id\":\"U0ADA\"},\"view\":{\"callback_id\":\"declare_incident\"}}")) {
            form("payload=" + java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8))
                    .andExpect(status().is4xxClientError())
                    .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
        }
        verifyNoInteractions(commands);
    }

    private ResultActions form(String form) throws Exception {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        long timestamp = System.currentTimeMillis() / 1000;
        return mvc.perform(post("/slack/events").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackBoltDriver.sign(SlackBoltDriver.SECRET, timestamp, body)));
    }

    private ResultActions message(String user) throws Exception {
        return event("{\"type\":\"message\",\"channel\":\"C0INC\",\"user\":\"" + user + "\",\"text\":\"hi\",\"ts\":\"1700000140.000100\"}");
    }

    private ResultActions event(String eventJson) throws Exception {
        byte[] body = ("{\"token\":\"legacy\",\"team_id\":\"T0TEST\",\"api_app_id\":\"A0TEST\",\"type\":\"event_callback\","
                + "\"event_id\":\"Ev" + System.nanoTime() + "\",\"event_time\":1700000100,\"event\":" + eventJson + "}")
                .getBytes(StandardCharsets.UTF_8);
        long timestamp = System.currentTimeMillis() / 1000;
        return mvc.perform(post("/slack/events").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackBoltDriver.sign(SlackBoltDriver.SECRET, timestamp, body)));
    }
}
