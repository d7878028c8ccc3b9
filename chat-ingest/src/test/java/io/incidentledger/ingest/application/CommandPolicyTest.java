package io.incidentledger.ingest.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.query.IncidentSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class CommandPolicyTest {

    private static final ChatUser ADA = new ChatUser("U0ADA", "ada");
    private static final ChatUser BOB = new ChatUser("U0BOB", "bob");
    private static final ChatUser CAROL = new ChatUser("U0CAROL", "carol");
    private static final IncidentSummary LED_BY_ADA = new IncidentSummary(IncidentId.random(), new IncidentRef(4),
            "Checkout errors", IncidentStatus.INVESTIGATING, Severity.SEV2, ADA, BOB, null, null, null,
            Instant.EPOCH, Instant.EPOCH);

    private final CommandPolicy defaults = new CommandPolicy(new RbacProperties(List.of("U0CAROL"), Map.of(), Map.of()));

    @Test
    void anyoneMayDeclareNoteListShowAndAskForHelp() {
        for (String command : List.of("declare", "note", "list", "show", "help")) {
            assertThat(defaults.refusal(command, new ChatUser("U0NEW", "new"), LED_BY_ADA)).as(command).isEmpty();
        }
    }

    @Test
    void onlyTheLeadOrCommsMayPostPublicWords() {
        assertThat(defaults.refusal("status", ADA, LED_BY_ADA)).isEmpty();
        assertThat(defaults.refusal("update", BOB, LED_BY_ADA)).isEmpty();
        assertThat(defaults.refusal("update", new ChatUser("U0EVE", "eve"), LED_BY_ADA)).contains(
                "Only the lead (ada) or comms (bob) or an admin may run `update` on INC-4.");
    }

    @Test
    void onlyTheLeadOrAnAdminMayRedactChat() {
        assertThat(defaults.refusal("redact", BOB, LED_BY_ADA)).contains("Only the lead (ada) or an admin may run `redact` on INC-4.");
        assertThat(defaults.refusal("redact", ADA, LED_BY_ADA)).isEmpty();
        assertThat(defaults.refusal("redact", CAROL, LED_BY_ADA)).isEmpty();
    }

    @Test
    void onlyTheLeadOrAnAdminMayClose() {
        assertThat(defaults.refusal("close", BOB, LED_BY_ADA)).contains("Only the lead (ada) or an admin may run `close` on INC-4.");
        assertThat(defaults.refusal("close", ADA, LED_BY_ADA)).isEmpty();
        assertThat(defaults.refusal("close", CAROL, LED_BY_ADA)).isEmpty();
    }

    @Test
    void configurationOverridesADefaultWithAGroup() {
        var policy = new CommandPolicy(new RbacProperties(List.of(), Map.of("sre", List.of("U0EVE")),
                Map.of("close", List.of("group:sre"))));

        assertThat(policy.refusal("close", new ChatUser("U0EVE", "eve"), LED_BY_ADA)).isEmpty();
        assertThat(policy.refusal("close", ADA, LED_BY_ADA)).contains("Only members of sre may run `close` on INC-4.");
    }

    @Test
    void withoutAnAdminTheStartSaysSoOnceAndWithOneItIsQuiet(CapturedOutput output) {
        new CommandPolicy(new RbacProperties(List.of(), Map.of(), Map.of()));
        assertThat(output.getOut()).containsOnlyOnce("No admin is configured: set LEDGER_RBAC_ADMINS").contains("WARN");

        int before = output.getOut().length();
        new CommandPolicy(new RbacProperties(List.of("U0CAROL"), Map.of(), Map.of()));
        assertThat(output.getOut().substring(before)).doesNotContain("No admin is configured");
    }
}
