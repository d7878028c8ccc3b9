package io.incidentledger.ingest.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.api.command.EditChatMessage;
import io.incidentledger.api.command.IncidentCommand;
import io.incidentledger.api.command.RecordChatMessage;
import io.incidentledger.api.command.RecordChatMessages;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Group commit across incidents: messages of incidents waiting for a writer go into one commit, still one incident
 * at a time each and in arrival order; a failed group is written again incident by incident.
 */
class ChatMessageGroupCommitTest {

    private static final IncidentId CHECKOUT = IncidentId.of("6f1d4a52-55d4-4e6a-a2b8-3f2f0a0b9c11");
    private static final IncidentId SEARCH = IncidentId.of("0b3b2f5e-8f51-4c39-9d1e-2f57a8c0d4e2");
    private static final IncidentId BILLING = IncidentId.of("9a6c8f7e-1d2b-4c3a-8e9f-0a1b2c3d4e5f");
    private static final ChatOrigin ADA = new ChatOrigin(Platform.SLACK, "C0INC", new ChatUser("U0ADA", "ada"));
    private static final Instant AT = Instant.parse("2026-11-22T09:00:00Z");
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    /** Each write as the ledger saw it: "alone: …" or "together: …". */
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstWriteMayFinish = new CountDownLatch(1);
    private Predicate<Object> failsAlone = command -> false;
    private boolean groupsFail;
    private ChatMessageBatcher batcher;

    @AfterEach
    void tearDown() {
        batcher.close();
    }

    @Test
    void messagesOfIncidentsWaitingForAWriterGoTogetherInOneCommit() {
        batcher = new ChatMessageBatcher(new Ledger(), 1, 16, 100);
        holdTheFirstWrite();

        var waiting = List.of(batcher.record(message(SEARCH, "s1"), GENEROUS), batcher.record(message(SEARCH, "s2"), GENEROUS),
                batcher.record(message(BILLING, "b1"), GENEROUS), batcher.record(message(CHECKOUT, "c2"), GENEROUS));
        firstWriteMayFinish.countDown();

        waiting.forEach(done -> assertThat(done).succeedsWithin(GENEROUS));
        // the incident just written goes to the back of the line
        assertThat(writes).containsExactly("alone: c1", "together: [s1, s2] b1 c2");
    }

    @Test
    void anEditIsWrittenAloneAndNeverJoinsAGroupSoItsIncidentStaysInOrder() {
        batcher = new ChatMessageBatcher(new Ledger(), 1, 16, 100);
        holdTheFirstWrite();

        var waiting = List.of(batcher.record(edit(BILLING, "b0"), GENEROUS), batcher.record(message(SEARCH, "s1"), GENEROUS),
                batcher.record(edit(SEARCH, "s1"), GENEROUS), batcher.record(message(CHECKOUT, "c2"), GENEROUS));
        firstWriteMayFinish.countDown();

        waiting.forEach(done -> assertThat(done).succeedsWithin(GENEROUS));
        assertThat(writes).containsExactly("alone: c1", "alone: edit b0", "together: s1 c2", "alone: edit s1");
    }

    @Test
    void aGroupTakesAtMostTheConfiguredNumberOfIncidents() {
        batcher = new ChatMessageBatcher(new Ledger(), 1, 2, 100);
        holdTheFirstWrite();

        var waiting = List.of(batcher.record(message(SEARCH, "s1"), GENEROUS), batcher.record(message(BILLING, "b1"), GENEROUS),
                batcher.record(message(CHECKOUT, "c2"), GENEROUS));
        firstWriteMayFinish.countDown();

        waiting.forEach(done -> assertThat(done).succeedsWithin(GENEROUS));
        assertThat(writes).containsExactly("alone: c1", "together: s1 b1", "alone: c2");
    }

    @Test
    void aFailedGroupIsWrittenAgainIncidentByIncidentAndFailsOnlyTheFailingIncidentsCallers() {
        groupsFail = true;
        failsAlone = command -> ((IncidentCommand) command).incidentId().equals(BILLING);
        batcher = new ChatMessageBatcher(new Ledger(), 1, 16, 100);
        holdTheFirstWrite();

        var search = batcher.record(message(SEARCH, "s1"), GENEROUS);
        var billing = batcher.record(message(BILLING, "b1"), GENEROUS);
        var checkout = batcher.record(message(CHECKOUT, "c2"), GENEROUS);
        firstWriteMayFinish.countDown();

        assertThat(search).succeedsWithin(GENEROUS);
        assertThat(checkout).succeedsWithin(GENEROUS);
        assertThat(billing).failsWithin(GENEROUS).withThrowableThat().withMessageContaining("incident closed");
        assertThat(writes).containsExactly("alone: c1", "failed together: s1 b1 c2", "alone: s1", "failed alone: b1", "alone: c2");
        // and the failing incident takes its next message as usual
        assertThat(batcher.record(message(BILLING, "b2"), GENEROUS)).failsWithin(GENEROUS);
        failsAlone = command -> false;
        assertThat(batcher.record(message(BILLING, "b3"), GENEROUS)).succeedsWithin(GENEROUS);
    }

    @Test
    void manyIncidentsUnderLoadAreEachWrittenInArrivalOrderExactlyOnce() {
        firstWriteMayFinish.countDown();
        batcher = new ChatMessageBatcher(new Ledger(), 3, 16, 10_000);
        List<IncidentId> incidents = List.of(CHECKOUT, SEARCH, BILLING);
        List<CompletableFuture<Void>> all = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 300; i++) {
            IncidentId incident = incidents.get(i % 3);
            all.add(batcher.record(message(incident, incident.value().substring(0, 1) + i), GENEROUS));
        }

        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).join();
        var byIncident = writes.stream().flatMap(write -> List.of(write.substring(write.indexOf(':') + 2)
                        .replaceAll("[\\[\\],]", "").split(" ")).stream())
                .collect(Collectors.groupingBy(id -> id.substring(0, 1), Collectors.toList()));
        incidents.forEach(incident -> {
            String letter = incident.value().substring(0, 1);
            List<String> expected = java.util.stream.IntStream.range(0, 300).filter(i -> incidents.get(i % 3).equals(incident))
                    .mapToObj(i -> letter + i).toList();
            assertThat(byIncident.get(letter)).containsExactlyElementsOf(expected);
        });
    }

    private void holdTheFirstWrite() {
        batcher.record(message(CHECKOUT, "c1"), GENEROUS);
        await().atMost(GENEROUS).until(() -> writes.size() == 1);
    }

    /** The ledger as the batcher sees it; the first write waits for {@link #firstWriteMayFinish}. */
    private final class Ledger implements ChatWriter {

        @Override
        public void write(Object command) {
            boolean fails = failsAlone.test(command);
            writes.add((fails ? "failed alone: " : "alone: ") + describe(command));
            if (writes.size() == 1) {
                try {
                    firstWriteMayFinish.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (fails) {
                throw new IllegalStateException("incident closed");
            }
        }

        @Override
        public void writeTogether(List<Object> commands) {
            String described = commands.stream().map(ChatMessageGroupCommitTest::describe).collect(Collectors.joining(" "));
            writes.add((groupsFail ? "failed together: " : "together: ") + described);
            if (groupsFail) {
                throw new IllegalStateException("one of the group is refused");
            }
        }
    }

    private static String describe(Object command) {
        if (command instanceof RecordChatMessage message) {
            return message.messageId();
        }
        if (command instanceof RecordChatMessages batch) {
            return batch.messages().stream().map(RecordChatMessage::messageId).collect(Collectors.joining(", ", "[", "]"));
        }
        return "edit " + ((EditChatMessage) command).messageId();
    }

    private static RecordChatMessage message(IncidentId incident, String id) {
        return new RecordChatMessage(incident, id, null, "text " + id, ADA, "delivery-" + id, AT);
    }

    private static EditChatMessage edit(IncidentId incident, String id) {
        return new EditChatMessage(incident, id, "edited", ADA, "delivery-edit-" + id, AT);
    }
}
