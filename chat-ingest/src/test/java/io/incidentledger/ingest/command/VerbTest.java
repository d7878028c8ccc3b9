package io.incidentledger.ingest.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.command.*;
import io.incidentledger.api.id.*;
import io.incidentledger.api.query.IncidentSummary;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each verb through the table: the line typed, the ledger command it becomes, and the words of its acceptance. */
class VerbTest {

    private static final ChatUser ADA = new ChatUser("U0ADA", "ada");
    private static final IncidentId ID = IncidentId.random();
    private static final IncidentSummary INCIDENT = new IncidentSummary(ID, new IncidentRef(7), "Checkout errors",
            IncidentStatus.INVESTIGATING, Severity.SEV2, ADA, null, null, null, null, Instant.EPOCH, Instant.EPOCH);
    private static final ChatOrigin BY = new ChatOrigin(Platform.SLACK, "C0INC", ADA);
    private static final String DELIVERY = "Ev0VERB";
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyChange")
    void eachChangeBecomesItsLedgerCommandAndIsWordedFromWhatWasTyped(String line, IncidentCommand expected, Object result,
                                                                      String reply, boolean announced) {
        var parsed = ((ParseResult.Parsed) CommandParser.parse(line)).command();
        var changes = (Effect.Changes) Verb.of(parsed).effect();
        var invocation = new Invocation(parsed, INCIDENT, BY, DELIVERY, AT);

        assertThat(changes.translate().apply(invocation)).isEqualTo(expected);
        assertThat(changes.wording().accepted(invocation, result)).isEqualTo(reply);
        assertThat(changes.announce()).isEqualTo(announced);
    }

    static Stream<Arguments> everyChange() {
        return Stream.of(
                change("redact INC-7 1700.000100 pasted a token", new RedactChatText(ID, "1700.000100", "pasted a token", BY, DELIVERY, AT),
                        "Message 1700.000100 of INC-7 is redacted: pasted a token"),
                change("ack INC-7", new AcknowledgeIncident(ID, BY, DELIVERY, AT), "INC-7 acknowledged: ada and the team are on it."),
                change("status INC-7 Identified Bad deploy", new ChangeStatus(ID, IncidentStatus.IDENTIFIED, "Bad deploy", BY, DELIVERY, AT),
                        "INC-7 is now identified: Bad deploy"),
                change("resolve INC-7 Rolled back", new ChangeStatus(ID, IncidentStatus.RESOLVED, "Rolled back", BY, DELIVERY, AT),
                        "INC-7 is now resolved: Rolled back"),
                change("update INC-7 Payments recovering", new PostPublicUpdate(ID, "Payments recovering", BY, DELIVERY, AT),
                        "Update posted to INC-7: Payments recovering"),
                change("severity INC-7 1", new ChangeSeverity(ID, Severity.SEV1, BY, DELIVERY, AT), "INC-7 severity SEV2 → SEV1."),
                change("lead INC-7 <@U0BOB|bob>", new AssignRole(ID, IncidentRole.LEAD, new ChatUser("U0BOB", "bob"), BY, DELIVERY, AT),
                        "<@U0BOB|bob> now leads INC-7."),
                change("role INC-7 scribe @none", new AssignRole(ID, IncidentRole.SCRIBE, null, BY, DELIVERY, AT), "INC-7 scribe: @none."),
                change("summary INC-7 DB failover", new EditIncidentText(ID, IncidentTextField.SUMMARY, "DB failover", BY, DELIVERY, AT),
                        "INC-7 summary updated."),
                change("impact INC-7 EU cannot pay", new EditIncidentText(ID, IncidentTextField.IMPACT, "EU cannot pay", BY, DELIVERY, AT),
                        "INC-7 impact updated."),
                change("title INC-7 Checkout down", new EditIncidentText(ID, IncidentTextField.TITLE, "Checkout down", BY, DELIVERY, AT),
                        "INC-7 title updated."),
                Arguments.of("note INC-7 rolled back", new AddInternalNote(ID, "rolled back", BY, DELIVERY, AT), null,
                        "Note added to INC-7's timeline (not public).", false),
                change("component INC-7 api major_outage", new SetComponentStatus(ID, "api", ComponentStatus.MAJOR_OUTAGE, BY, DELIVERY, AT),
                        "api is now major_outage (INC-7)."),
                Arguments.of("action INC-7 Add an alert", new AddFollowUpAction(ID, "Add an alert", BY, DELIVERY, AT), 3,
                        "Action 3 added to INC-7.", true),
                change("action-done INC-7 2", new CompleteFollowUpAction(ID, 2, BY, DELIVERY, AT), "Action 2 of INC-7 is done."),
                change("action-reopen INC-7 2", new ReopenFollowUpAction(ID, 2, BY, DELIVERY, AT), "Action 2 of INC-7 is open again."),
                change("link INC-7", new LinkChannel(ID, "C0INC", BY, DELIVERY, AT),
                        "This channel is now linked to INC-7: commands here need no reference."),
                change("close INC-7 Review Monday", new CloseIncident(ID, "Review Monday", BY, DELIVERY, AT), "INC-7 is closed."),
                change("reopen INC-7 Errors again", new ReopenIncident(ID, "Errors again", BY, DELIVERY, AT),
                        "INC-7 is open again: Errors again"));
    }

    @Test
    void everyVerbThatChangesAnIncidentHasACaseAbove() {
        var covered = everyChange().map(arguments -> ((String) arguments.get()[0]).split(" ")[0]).toList();
        var changing = Arrays.stream(Verb.values()).filter(verb -> verb.effect() instanceof Effect.Changes).map(Verb::word).toList();

        assertThat(covered).containsExactlyInAnyOrderElementsOf(changing);
    }

    @Test
    void aDeclarationIsReadIntoWhatToDeclareAndWordedWithTheNewReference() {
        var parsed = ((ParseResult.Parsed) CommandParser.parse(
                "declare Checkout errors severity=2 components=API,Checkout:major_outage lead=<@U0BOB|bob>")).command();
        var opens = (Effect.Opens) Verb.of(parsed).effect();

        NewIncident incident = opens.read().apply(parsed);

        assertThat(incident).isEqualTo(new NewIncident("Checkout errors", Severity.SEV2, new ChatUser("U0BOB", "bob"),
                Map.of("API", ComponentStatus.PARTIAL_OUTAGE, "Checkout", ComponentStatus.MAJOR_OUTAGE), null, null));
        assertThat(opens.wording().declared(new IncidentRef(8), incident, BY))
                .isEqualTo("\uD83D\uDEA8 INC-8 declared by ada: Checkout errors (SEV2). Status: investigating.");
        assertThat(incident.toCommand(BY, DELIVERY, AT)).satisfies(command -> {
            assertThat(command.severity()).isEqualTo(Severity.SEV2);
            assertThat(command.by()).isEqualTo(BY);
            assertThat(command.deliveryId()).isEqualTo(DELIVERY);
        });
    }

    @Test
    void redactAllErasesEveryMessageOfTheIncident() {
        var parsed = ((ParseResult.Parsed) CommandParser.parse("redact INC-7 all personal data")).command();
        var changes = (Effect.Changes) Verb.of(parsed).effect();
        var invocation = new Invocation(parsed, INCIDENT, BY, DELIVERY, AT);

        assertThat(changes.translate().apply(invocation)).isEqualTo(new RedactChatText(ID, null, "personal data", BY, DELIVERY, AT));
        assertThat(changes.wording().accepted(invocation, null)).isEqualTo("All chat of INC-7 is redacted: personal data");
    }

    @Test
    void aDeclarationWithoutSeverityIsMinor() {
        var parsed = ((ParseResult.Parsed) CommandParser.parse("declare Search slow")).command();

        assertThat(((Effect.Opens) Verb.DECLARE.effect()).read().apply(parsed).severity()).isEqualTo(Severity.SEV3);
    }

    @Test
    void theDefaultPrincipalsAreTheOnesTheReadmeLists() {
        assertThat(principalsOf("declare", "note", "list", "show", "help")).containsOnly(List.of("anyone"));
        assertThat(principalsOf("ack", "status", "resolve", "update", "summary", "impact", "title", "component"))
                .containsOnly(List.of("lead", "comms", "admin"));
        assertThat(principalsOf("action", "action-done", "action-reopen")).containsOnly(List.of("lead", "comms", "scribe", "admin"));
        assertThat(principalsOf("severity", "lead", "role", "link", "reopen", "close", "redact")).containsOnly(List.of("lead", "admin"));
        assertThat(principalsOf("maintenance", "maintenance-start", "maintenance-verify", "maintenance-complete",
                "maintenance-cancel", "maintenance-update")).containsOnly(List.of("group:responders", "admin"));
        assertThat(Verb.values()).hasSize(29);
    }

    @Test
    void showListAndHelpAnswerWhatTheyRead() {
        var list = (Effect.Answer) Verb.LIST.effect();
        var show = (Effect.Answer) Verb.SHOW.effect();
        var help = (Effect.Answer) Verb.HELP.effect();

        assertThat(list.text().apply(new Effect.Reading(new ParsedCommand("list", Map.of()), null, () -> List.of(INCIDENT))))
                .isEqualTo("INC-7 · investigating · SEV2 · Checkout errors · lead ada");
        assertThat(list.text().apply(new Effect.Reading(new ParsedCommand("list", Map.of()), null, List::of))).isEqualTo("No open incidents.");
        assertThat(show.text().apply(new Effect.Reading(new ParsedCommand("show", Map.of("ref", "INC-7")), INCIDENT, List::of)))
                .startsWith("INC-7: Checkout errors\nStatus: investigating · SEV2\nLead: ada · Comms: nobody · Scribe: nobody\n")
                .endsWith("Declared 1 Jan 1970 00:00 UTC, last change 1 Jan 1970 00:00 UTC");
        assertThat(help.text().apply(new Effect.Reading(new ParsedCommand("help", Map.of("command", "ack")), null, List::of)))
                .isEqualTo("`ack <ref>`: acknowledge: you are on it");
    }

    private static List<List<String>> principalsOf(String... words) {
        return Arrays.stream(words).map(word -> Verb.find(word).orElseThrow().principals()).toList();
    }

    private static Arguments change(String line, IncidentCommand expected, String reply) {
        return Arguments.of(line, expected, null, reply, true);
    }
}
