package io.incidentledger.ingest.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.command.*;
import io.incidentledger.api.id.*;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.ingest.command.NewIncident;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chat service against the ledger's gateways, faked in memory: what it sends, answers and writes into the history. */
class ChatCommandServiceTest {

    private static final ChatUser ADA = new ChatUser("U0ADA", "ada");
    private static final ChatUser EVE = new ChatUser("U0EVE", "eve");
    private static final IncidentSummary INC_7 = new IncidentSummary(IncidentId.random(), new IncidentRef(7), "Checkout errors",
            IncidentStatus.INVESTIGATING, Severity.SEV2, ADA, null, null, null, null, Instant.EPOCH, Instant.EPOCH);

    private final FakeLedger ledger = new FakeLedger(new RbacProperties(List.of("U0ADMIN"), Map.of(), Map.of()));
    private final ChatCommandService service = ledger.service;

    @Test
    void aStatusLineInTheIncidentsChannelChangesItsStatusIsAnnouncedAndIsInTheHistory() {
        ledger.incidents.add(INC_7);
        var chat = chat(ADA, "C0INC", "status identified Bad deploy");

        var reply = service.handle(chat);

        assertThat(reply).isEqualTo(new ChatReply("INC-7 is now identified: Bad deploy", true, true));
        assertThat(ledger.sent).containsExactly(new ChangeStatus(INC_7.incidentId(), IncidentStatus.IDENTIFIED, "Bad deploy",
                chat.origin(), chat.deliveryId(), chat.receivedAt()));
        assertThat(ledger.history).singleElement().satisfies(attempt -> {
            assertThat(attempt.accepted()).isTrue();
            assertThat(attempt.command()).isEqualTo("status");
            assertThat(attempt.ref()).isEqualTo(INC_7.ref());
            assertThat(attempt.text()).isEqualTo("status identified Bad deploy");
            assertThat(attempt.outcome()).isEqualTo(reply.text());
        });
    }

    @Test
    void aNoteIsAnsweredToItsSenderOnly() {
        ledger.incidents.add(INC_7);

        assertThat(service.handle(chat(EVE, "C0INC", "note INC-7 rolled back"))).isEqualTo(
                new ChatReply("Note added to INC-7's timeline (not public).", true, false));
    }

    @Test
    void someoneWithoutTheRoleIsRefusedNothingIsSentAndTheRefusalIsInTheHistory() {
        ledger.incidents.add(INC_7);

        var reply = service.handle(chat(EVE, "C0INC", "close INC-7"));

        assertThat(reply).isEqualTo(new ChatReply("Only the lead (ada) or an admin may run `close` on INC-7.", false, false));
        assertThat(ledger.sent).isEmpty();
        assertThat(ledger.history).singleElement().satisfies(attempt -> assertThat(attempt.accepted()).isFalse());
    }

    @Test
    void aLedgerRefusalIsAnsweredInItsOwnWordsAndRecordedAsRefused() {
        ledger.incidents.add(INC_7);
        ledger.failsWith(new CommandRefused("INC-7 is already investigating."));

        var reply = service.handle(chat(ADA, "C0INC", "status investigating still looking"));

        assertThat(reply).isEqualTo(new ChatReply("INC-7 is already investigating.", false, false));
        assertThat(ledger.history).singleElement().satisfies(attempt -> {
            assertThat(attempt.accepted()).isFalse();
            assertThat(attempt.outcome()).isEqualTo("INC-7 is already investigating.");
        });
    }

    @Test
    void aLedgerThatFailsIsAnsweredWithoutItsCause() {
        ledger.incidents.add(INC_7);
        ledger.failsWith(new IllegalStateException("connection refused: db:5432"));

        var reply = service.handle(chat(ADA, "C0INC", "ack"));

        assertThat(reply.accepted()).isFalse();
        assertThat(reply.text()).isEqualTo("The ledger could not take that command just now; nothing was changed. Try again.")
                .doesNotContain("5432");
    }

    @Test
    void aRetriedDeliveryIsAnsweredPrivatelyAndNotRecordedTwice() {
        ledger.incidents.add(INC_7);
        ledger.answer = command -> new DuplicateDelivery("Ev1", "null");

        var reply = service.handle(chat(ADA, "C0INC", "ack"));

        assertThat(reply).isEqualTo(new ChatReply("Already done: this same request was handled before; nothing changed.", true, false));
        assertThat(ledger.history).isEmpty();
    }

    @Test
    void anUnreadableLineIsAnsweredWithUsageAndNeitherSentNorRecorded() {
        var reply = service.handle(chat(ADA, "C0INC", "stauts INC-7 resolved ok"));

        assertThat(reply.accepted()).isFalse();
        assertThat(reply.text()).startsWith("I don't know the command 'stauts'. Did you mean `status`?");
        assertThat(ledger.sent).isEmpty();
        assertThat(ledger.history).isEmpty();
    }

    @Test
    void aCommandOutsideAnIncidentsChannelMustNameIt() {
        ledger.incidents.add(INC_7);

        assertThat(service.handle(chat(ADA, "C0ELSEWHERE", "ack")).text())
                .isEqualTo("Say which incident: no open incident is linked to this channel. Usage: `ack <ref>`");
        assertThat(service.handle(chat(ADA, "C0ELSEWHERE", "ack INC-9")).text()).isEqualTo("There is no INC-9.");
        assertThat(ledger.sent).isEmpty();
    }

    @Test
    void showListAndHelpAnswerTheSenderAndChangeNothing() {
        ledger.incidents.add(INC_7);

        assertThat(service.handle(chat(EVE, null, "list"))).isEqualTo(
                new ChatReply("INC-7 · investigating · SEV2 · Checkout errors · lead ada", true, false));
        assertThat(service.handle(chat(EVE, null, "show INC-7")).text()).startsWith("INC-7: Checkout errors\n");
        assertThat(service.handle(chat(EVE, null, "")).text()).startsWith("Commands (<ref> is INC-<n>");
        assertThat(ledger.sent).isEmpty();
        assertThat(ledger.history).isEmpty();
    }

    @Test
    void aTypedDeclarationIsAnnouncedWithTheNewReferenceAndTheDeclarerLeads() {
        ledger.answer = command -> new IncidentRef(8);
        var chat = chat(EVE, "C0GENERAL", "declare Search is slow severity=2");

        var reply = service.handle(chat);

        assertThat(reply).isEqualTo(new ChatReply("\uD83D\uDEA8 INC-8 declared by eve: Search is slow (SEV2). Status: investigating.", true, true));
        assertThat(ledger.sent).singleElement().isInstanceOfSatisfying(DeclareIncident.class, declared -> {
            assertThat(declared.title()).isEqualTo("Search is slow");
            assertThat(declared.lead()).isNull();
            assertThat(declared.deliveryId()).isEqualTo(chat.deliveryId());
        });
        assertThat(ledger.history).singleElement().satisfies(attempt -> assertThat(attempt.ref()).isEqualTo(new IncidentRef(8)));
    }

    @Test
    void aFormDeclaresEverythingInOneCommandAndAnswersTheNewReference() {
        ledger.answer = command -> new IncidentRef(9);
        var chat = chat(EVE, "C0GENERAL", "declare (form)");
        var bob = new ChatUser("U0BOB", null);

        Declared declared = service.declare(new DeclareRequest(chat, new NewIncident("Checkout is failing", Severity.SEV1, bob,
                Map.of("Checkout", ComponentStatus.PARTIAL_OUTAGE), "Card payments fail", "EU customers cannot pay")));

        assertThat(declared).isEqualTo(new Declared.Opened(new IncidentRef(9), new ChatReply(
                "\uD83D\uDEA8 INC-9 declared by eve: Checkout is failing (SEV1). Status: investigating.", true, true)));
        assertThat(ledger.sent).singleElement().isInstanceOfSatisfying(DeclareIncident.class, command -> {
            assertThat(command.summary()).isEqualTo("Card payments fail");
            assertThat(command.impact()).isEqualTo("EU customers cannot pay");
            assertThat(command.lead()).isEqualTo(bob);
            assertThat(command.components()).containsExactly(Map.entry("Checkout", ComponentStatus.PARTIAL_OUTAGE));
        });
    }

    @Test
    void aFormTheLedgerRefusesDeclaresNothingAndSaysWhy() {
        ledger.failsWith(new CommandRefused("The summary is too long: keep it under 4000 characters."));

        Declared declared = service.declare(new DeclareRequest(chat(EVE, "C0GENERAL", "declare (form)"),
                new NewIncident("Checkout", null, null, Map.of(), "x".repeat(4001), null)));

        assertThat(declared).isEqualTo(new Declared.Refused(new ChatReply(
                "The summary is too long: keep it under 4000 characters.", false, false)));
        assertThat(ledger.history).singleElement().satisfies(attempt -> assertThat(attempt.accepted()).isFalse());
    }

    @Test
    void aFormWithoutATitleIsAnsweredAndNeitherSentNorRecorded() {
        Declared declared = service.declare(new DeclareRequest(chat(EVE, "C0GENERAL", "declare (form)"),
                new NewIncident("  ", null, null, Map.of(), "summary", null)));

        assertThat(declared).isEqualTo(new Declared.Refused(new ChatReply("An incident needs a title.", false, false)));
        assertThat(ledger.sent).isEmpty();
        assertThat(ledger.history).isEmpty();
    }

    @Test
    void aFormFromSomeoneWhoMayNotDeclareIsRefusedBeforeTheLedgerHearsOfIt() {
        var closed = new FakeLedger(new RbacProperties(List.of(), Map.of("sre", List.of("U0ADA")), Map.of("declare", List.of("group:sre"))));

        Declared declared = closed.service.declare(new DeclareRequest(chat(EVE, "C0GENERAL", "declare (form)"),
                new NewIncident("Checkout", null, null, Map.of(), null, null)));

        assertThat(declared.reply().text()).isEqualTo("Only members of sre may run `declare`.");
        assertThat(closed.sent).isEmpty();
    }

    @Test
    void aRetriedFormSubmissionAnswersTheIncidentItDeclaredTheFirstTime() {
        ledger.answer = command -> new DuplicateDelivery("V0FORM", "INC-9");

        Declared declared = service.declare(new DeclareRequest(chat(EVE, "C0GENERAL", "declare (form)"),
                new NewIncident("Checkout", null, null, Map.of(), null, null)));

        assertThat(declared).isInstanceOfSatisfying(Declared.Opened.class, opened -> {
            assertThat(opened.ref()).isEqualTo(new IncidentRef(9));
            assertThat(opened.reply().announce()).isFalse();
        });
    }

    @Test
    void buttonsAndTheStatusFormRunTheirVerbsOnTheIncidentTheyName() {
        ledger.incidents.add(INC_7);
        var ack = chat(ADA, "C0INC", "ack INC-7 (button)");
        var status = chat(ADA, "C0INC", "status (form)");
        var close = chat(ADA, "C0INC", "close INC-7 (button)");

        assertThat(service.acknowledge(ack, INC_7.ref()).text()).isEqualTo("INC-7 acknowledged: ada and the team are on it.");
        assertThat(service.changeStatus(status, INC_7.ref(), IncidentStatus.RESOLVED, "Rolled back").text())
                .isEqualTo("INC-7 is now resolved: Rolled back");
        assertThat(service.close(close, INC_7.ref()).text()).isEqualTo("INC-7 is closed.");
        assertThat(ledger.sent).containsExactly(
                new AcknowledgeIncident(INC_7.incidentId(), ack.origin(), ack.deliveryId(), ack.receivedAt()),
                new ChangeStatus(INC_7.incidentId(), IncidentStatus.RESOLVED, "Rolled back", status.origin(), status.deliveryId(),
                        status.receivedAt()),
                new CloseIncident(INC_7.incidentId(), null, close.origin(), close.deliveryId(), close.receivedAt()));
        assertThat(ledger.history).extracting(attempt -> attempt.command()).containsExactly("ack", "status", "close");
    }

    @Test
    void anyPlatformMaySendALine() {
        ledger.incidents.add(INC_7);
        var chat = new ChatCommand(new ChatOrigin(Platform.API, null, ADA), "update INC-7 Payments recovering",
                UUID.randomUUID().toString(), Instant.now());

        assertThat(service.handle(chat).text()).isEqualTo("Update posted to INC-7: Payments recovering");
        assertThat(ledger.sent).singleElement().isInstanceOf(PostPublicUpdate.class);
    }

    private static ChatCommand chat(ChatUser user, String channel, String text) {
        return new ChatCommand(new ChatOrigin(Platform.SLACK, channel, user), text, "Ev" + UUID.randomUUID(), Instant.now());
    }
}
