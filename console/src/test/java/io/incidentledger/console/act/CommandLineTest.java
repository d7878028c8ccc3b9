package io.incidentledger.console.act;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.id.IncidentRef;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static final IncidentRef REF = new IncidentRef(7);

    @Test
    void eachFormBecomesOneLineOfTheChatCommandLanguage() {
        assertThat(CommandLine.of("update", REF, " Rolling back\n now ")).isEqualTo("update INC-7 Rolling back now");
        assertThat(CommandLine.of("status-monitoring", REF, "Fix deployed")).isEqualTo("status INC-7 monitoring Fix deployed");
        assertThat(CommandLine.of("role-comms", REF, "@U0BOB")).isEqualTo("role INC-7 comms <@U0BOB>");
        assertThat(CommandLine.of("lead", REF, "none")).isEqualTo("lead INC-7 @none");
        assertThat(CommandLine.of("action-done", REF, "2")).isEqualTo("action-done INC-7 2");
    }

    @Test
    void anUnknownCommandOrAPersonThatIsNoChatIdIsRefusedWithASentence() {
        assertThatThrownBy(() -> CommandLine.of("close", REF, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a console command");
        assertThatThrownBy(() -> CommandLine.of("lead", REF, "<@U1> and more")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chat user id");
    }
}
