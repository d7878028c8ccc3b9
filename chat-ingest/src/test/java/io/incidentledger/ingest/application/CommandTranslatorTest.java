package io.incidentledger.ingest.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.command.AssignRole;
import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.ingest.command.Mentions;
import io.incidentledger.ingest.command.ParsedCommand;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommandTranslatorTest {

    private static final ChatUser ADA = new ChatUser("U0ADA", "ada");
    private static final IncidentSummary INCIDENT = new IncidentSummary(IncidentId.random(), new IncidentRef(7),
            "Checkout errors", IncidentStatus.INVESTIGATING, Severity.SEV2, ADA, null, null, null, null,
            Instant.EPOCH, Instant.EPOCH);

    @Test
    void aDeclaredLeadIsThePlatformUserTheMentionNames() {
        var declared = CommandTranslator.declare(new ParsedCommand("declare",
                Map.of("title", "Checkout errors", "lead", "<@U0BOB|bob>")), chat());

        assertThat(declared.lead()).isEqualTo(new ChatUser("U0BOB", "bob"));
    }

    @Test
    void aDeclaredLeadThatNamesNoPlatformUserIsRefusedWithWhatAValidOneLooksLike() {
        var parsed = new ParsedCommand("declare", Map.of("title", "Checkout errors", "lead", "@bob"));

        assertThatThrownBy(() -> CommandTranslator.declare(parsed, chat()))
                .isInstanceOf(CommandRefused.class).hasMessage(Mentions.notAPerson("@bob"))
                .hasMessageContaining("<@U012ABC>").hasMessageContaining("user id, like U012ABC")
                .hasMessageContaining("in Teams @mention them");
    }

    @Test
    void aRoleForSomeoneWhoIsNoPlatformUserIsRefusedAndNoneUnassigns() {
        var stranger = new ParsedCommand("lead", Map.of("ref", "INC-7", "user", "bob"));
        var nobody = new ParsedCommand("role", Map.of("ref", "INC-7", "role", "comms", "user", "@none"));

        assertThatThrownBy(() -> CommandTranslator.toCommand(stranger, INCIDENT, chat()))
                .isInstanceOf(CommandRefused.class).hasMessage(Mentions.notAPerson("bob"));
        assertThat(((AssignRole) CommandTranslator.toCommand(nobody, INCIDENT, chat())).assignee()).isNull();
    }

    private static ChatCommand chat() {
        return new ChatCommand(new ChatOrigin(Platform.SLACK, "C0INC", ADA), "typed", UUID.randomUUID().toString(), Instant.EPOCH);
    }
}
