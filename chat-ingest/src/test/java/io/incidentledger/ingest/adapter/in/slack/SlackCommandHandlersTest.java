package io.incidentledger.ingest.adapter.in.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.Platform;
import io.incidentledger.ingest.application.ChatCommand;
import io.incidentledger.ingest.application.ChatCommandService;
import io.incidentledger.ingest.application.ChatRecordService;
import io.incidentledger.ingest.application.ChatReply;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** {@code /incident …} as Slack posts it: a line of the command language, or the declare form when there is none. */
class SlackCommandHandlersTest {

    private final ChatCommandService commands = mock(ChatCommandService.class);
    private final FakeSlackApi api = FakeSlackApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aSlashCommandIsRunAsTheLineTypedAndAnAnnouncedReplyIsShownToTheChannel() throws Exception {
        when(commands.handle(any())).thenReturn(new ChatReply("INC-7 is now identified: <b> & co", true, true));
        String trigger = "1." + UUID.randomUUID();

        var response = inbound(false).slashCommand("U0ADA", "C0INC", "  status identified <b> & co ", trigger);

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.getBody());
        assertThat(body.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(body.path("text").asText()).isEqualTo("INC-7 is now identified: &lt;b&gt; &amp; co");
        var chat = ArgumentCaptor.forClass(ChatCommand.class);
        verify(commands).handle(chat.capture());
        assertThat(chat.getValue()).isEqualTo(new ChatCommand(new ChatOrigin(Platform.SLACK, "C0INC", new ChatUser("U0ADA", "ada")),
                "status identified <b> & co", trigger, SlackInbound.NOW));
    }

    @Test
    void aRefusalIsShownOnlyToWhoeverTypedIt() throws Exception {
        when(commands.handle(any())).thenReturn(new ChatReply("Only the lead (ada) or an admin may run `close` on INC-7.", false, false));

        var response = inbound(false).slashCommand("U0EVE", "C0INC", "close", "1." + UUID.randomUUID());

        JsonNode body = new ObjectMapper().readTree(response.getBody());
        assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(body.path("text").asText()).isEqualTo("Only the lead (ada) or an admin may run `close` on INC-7.");
    }

    @Test
    void withABotTokenABareCommandOpensTheDeclareFormForItsChannelAndRunsNothing() throws Exception {
        String trigger = "1." + UUID.randomUUID();

        var response = inbound(true).slashCommand("U0ADA", "C0GENERAL", "", trigger);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(api.calls("views.open")).singleElement().satisfies(call -> {
            JsonNode view = new ObjectMapper().readTree(call.params().get("view"));
            assertThat(call.params().get("trigger_id")).isEqualTo(trigger);
            assertThat(view.path("callback_id").asText()).isEqualTo("declare_incident");
            assertThat(view.path("private_metadata").asText()).isEqualTo("C0GENERAL");
            assertThat(view.toString()).contains("\"block_id\":\"summary\"", "\"block_id\":\"impact\"", "\"block_id\":\"components\"");
        });
        verifyNoInteractions(commands);
    }

    @Test
    void withABotTokenDeclareAloneOpensTheFormToo() throws Exception {
        inbound(true).slashCommand("U0ADA", "C0GENERAL", "Declare", "1." + UUID.randomUUID());

        assertThat(api.calls("views.open")).hasSize(1);
        verifyNoInteractions(commands);
    }

    @Test
    void withoutABotTokenABareCommandIsALineForTheLanguageWhichAnswersWithHelp() throws Exception {
        when(commands.handle(any())).thenReturn(new ChatReply("Commands …", true, false));

        inbound(false).slashCommand("U0ADA", "C0GENERAL", "", "1." + UUID.randomUUID());

        var chat = ArgumentCaptor.forClass(ChatCommand.class);
        verify(commands).handle(chat.capture());
        assertThat(chat.getValue().text()).isEmpty();
        assertThat(api.calls("views.open")).isEmpty();
    }

    @Test
    void aCommandWithoutAUserIdIsAnsweredPolitelyAndRunsNothing() throws Exception {
        var response = inbound(false).slashCommand("", "C0INC", "ack", "1." + UUID.randomUUID());

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(response.getBody()).path("text").asText())
                .isEqualTo("This command can't be run: A chat user needs an id");
        verifyNoInteractions(commands);
    }

    private SlackInbound inbound(boolean botToken) {
        return new SlackInbound(commands, mock(ChatRecordService.class), api, botToken);
    }
}
