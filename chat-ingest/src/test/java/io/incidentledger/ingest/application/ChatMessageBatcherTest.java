package io.incidentledger.ingest.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One incident's chat in arrival order, messages arriving during a write grouped in the next; incidents never wait for each other. */
class ChatMessageBatcherTest {

    private static final IncidentId CHECKOUT = IncidentId.of("6f1d4a52-55d4-4e6a-a2b8-3f2f0a0b9c11");
    private static final IncidentId SEARCH = IncidentId.of("0b3b2f5e-8f51-4c39-9d1e-2f57a8c0d4e2");
    private static final ChatOrigin ADA = new ChatOrigin(Platform.SLACK, "C0INC", new ChatUser("U0ADA", "ada"));
    private static final Instant AT = Instant.parse("2026-11-22T09:00:00Z");
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    private final List<Object> written = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstWriteMayFinish = new CountDownLatch(1);
    private ChatMessageBatcher batcher;

    @AfterEach
    void tearDown() {
        batcher.close();
    }

    @Test
    void messagesArrivingDuringAWriteOfOneIncidentGoTogetherInItsNextWrite() {
        batcher = new ChatMessageBatcher(this::writeHoldingTheFirst, 2, 100);
        var first = batcher.record(message(CHECKOUT, "1"), GENEROUS);
        await().atMost(GENEROUS).until(() -> written.size() == 1);

        List<CompletableFuture<Void>> later = IntStream.rangeClosed(2, 6).mapToObj(i -> batcher.record(message(CHECKOUT, "" + i), GENEROUS)).toList();
        firstWriteMayFinish.countDown();
        CompletableFuture.allOf(later.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).join();

        assertThat(first).isCompleted();
        assertThat(written.get(0)).isInstanceOf(RecordChatMessage.class);
        assertThat(((RecordChatMessages) written.get(1)).messages()).extracting(RecordChatMessage::messageId)
                .containsExactly("2", "3", "4", "5", "6");
        assertThat(written).hasSize(2);
    }

    @Test
    void anEditWaitsForTheMessagesBeforeItSoItNeverFindsItsMessageMissing() {
        batcher = new ChatMessageBatcher(this::writeHoldingTheFirst, 2, 100);
        batcher.record(message(CHECKOUT, "1"), GENEROUS);
        await().atMost(GENEROUS).until(() -> written.size() == 1);

        batcher.record(message(CHECKOUT, "2"), GENEROUS);
        var edit = batcher.record(new EditChatMessage(CHECKOUT, "2", "edited", ADA, "delivery-edit", AT), GENEROUS);
        batcher.record(message(CHECKOUT, "3"), GENEROUS);
        firstWriteMayFinish.countDown();

        assertThat(edit).succeedsWithin(GENEROUS);
        await().atMost(GENEROUS).until(() -> written.size() == 4);
        assertThat(written).extracting(ChatMessageBatcherTest::describe).containsExactly("message 1", "message 2", "edit 2", "message 3");
    }

    @Test
    void anIncidentDoesNotWaitForAnotherIncidentsWriteAndAFailedWriteFailsOnlyItsOwnCommands() {
        batcher = new ChatMessageBatcher(command -> {
            writeHoldingTheFirst(command);
            if (((IncidentCommand) command).incidentId().equals(SEARCH)) {
                throw new IllegalStateException("database unavailable");
            }
        }, 2, 100);
        var checkout = batcher.record(message(CHECKOUT, "1"), GENEROUS);
        await().atMost(GENEROUS).until(() -> written.size() == 1);

        var search = batcher.record(message(SEARCH, "1"), GENEROUS);

        assertThat(search).failsWithin(GENEROUS).withThrowableThat().withMessageContaining("database unavailable");
        assertThat(checkout).isNotDone();
        firstWriteMayFinish.countDown();
        assertThat(checkout).succeedsWithin(GENEROUS);
    }

    @Test
    void anErrorInAWriteFailsItsCallersAndTheIncidentGoesOnWithTheNext() {
        var calls = new CopyOnWriteArrayList<Object>();
        batcher = new ChatMessageBatcher(command -> {
            calls.add(command);
            if (calls.size() == 1) {
                throw new OutOfMemoryError("simulated");
            }
        }, 1, 100);

        assertThat(batcher.record(message(CHECKOUT, "1"), GENEROUS)).failsWithin(GENEROUS);
        assertThat(batcher.record(message(CHECKOUT, "2"), GENEROUS)).succeedsWithin(GENEROUS);
    }

    @Test
    void aClosedBatcherRefusesACommandInsteadOfLeavingItsCallerWaiting() {
        batcher = new ChatMessageBatcher(written::add, 1, 100);
        batcher.close();

        assertThat(batcher.record(message(CHECKOUT, "1"), GENEROUS)).failsWithin(GENEROUS);
        assertThat(written).isEmpty();
    }

    @Test
    void aFullIntakeRefusesAtOnceSoThePlatformRetriesAndWritesNothingOfIt() {
        batcher = new ChatMessageBatcher(this::writeHoldingTheFirst, 1, 2);
        batcher.record(message(CHECKOUT, "1"), GENEROUS);
        await().atMost(GENEROUS).until(() -> written.size() == 1);
        var waiting = List.of(batcher.record(message(CHECKOUT, "2"), GENEROUS), batcher.record(message(SEARCH, "3"), GENEROUS));

        var refused = batcher.record(message(CHECKOUT, "4"), GENEROUS);

        assertThat(refused).failsWithin(Duration.ZERO).withThrowableThat().havingCause().isInstanceOf(ChatIntakeBusy.class)
                .withMessageContaining("retry in 5 s");
        firstWriteMayFinish.countDown();
        waiting.forEach(next -> assertThat(next).succeedsWithin(GENEROUS));
        assertThat(written).extracting(ChatMessageBatcherTest::describe).containsExactlyInAnyOrder("message 1", "message 2", "message 3");
        assertThat(batcher.record(message(CHECKOUT, "5"), GENEROUS)).succeedsWithin(GENEROUS);
    }

    @Test
    void aCommandAnsweredAtOnceIsRefusedByAFullIntakeAndHoldsAPlaceWhileItRuns() {
        batcher = new ChatMessageBatcher(this::writeHoldingTheFirst, 1, 1);
        batcher.record(message(CHECKOUT, "1"), GENEROUS);
        await().atMost(GENEROUS).until(() -> written.size() == 1);
        var waiting = batcher.record(message(CHECKOUT, "2"), GENEROUS);
        var ran = new AtomicBoolean();

        assertThatThrownBy(() -> batcher.admitted(() -> ran.getAndSet(true))).isInstanceOf(ChatIntakeBusy.class)
                .hasMessageContaining("retry in 5 s");
        assertThat(ran).isFalse();
        firstWriteMayFinish.countDown();
        assertThat(waiting).succeedsWithin(GENEROUS);
        var refusedWhileItRan = batcher.admitted(() -> batcher.record(message(SEARCH, "3"), GENEROUS));
        assertThat(refusedWhileItRan).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                .isInstanceOf(ChatIntakeBusy.class);
        assertThat(batcher.admitted(() -> "its reply")).isEqualTo("its reply");
        assertThat(written).extracting(ChatMessageBatcherTest::describe).containsExactly("message 1", "message 2");
    }

    @Test
    void aCommandWhoseCallerTimedOutLeavesTheQueueAndIsNeverWritten() {
        batcher = new ChatMessageBatcher(this::writeHoldingTheFirst, 1, 1);
        batcher.record(message(CHECKOUT, "1"), GENEROUS);
        await().atMost(GENEROUS).until(() -> written.size() == 1);

        var gaveUp = batcher.record(message(CHECKOUT, "2"), Duration.ofMillis(50));

        assertThat(gaveUp).failsWithin(GENEROUS).withThrowableThat().havingCause().isInstanceOf(java.util.concurrent.TimeoutException.class);
        // its place is free again: with capacity 1, one waiting command fits
        var next = batcher.record(message(CHECKOUT, "3"), GENEROUS);
        firstWriteMayFinish.countDown();
        assertThat(next).succeedsWithin(GENEROUS);
        assertThat(written).extracting(ChatMessageBatcherTest::describe).containsExactly("message 1", "message 3");
    }

    @Test
    void anIncidentWhoseEveryCommandWasWithdrawnTakesTheNextOneAsUsual() {
        batcher = new ChatMessageBatcher(this::writeHoldingTheFirst, 1, 10);
        batcher.record(message(CHECKOUT, "1"), GENEROUS);
        await().atMost(GENEROUS).until(() -> written.size() == 1);
        var gaveUp = batcher.record(message(SEARCH, "1"), Duration.ofMillis(50));
        assertThat(gaveUp).failsWithin(GENEROUS);

        firstWriteMayFinish.countDown();
        var next = batcher.record(message(SEARCH, "2"), GENEROUS);

        assertThat(next).succeedsWithin(GENEROUS);
        assertThat(written).extracting(ChatMessageBatcherTest::describe).containsExactly("message 1", "message 2");
    }

    private void writeHoldingTheFirst(Object command) {
        written.add(command);
        if (written.size() == 1) {
            try {
                firstWriteMayFinish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String describe(Object command) {
        if (command instanceof RecordChatMessage message) {
            return "message " + message.messageId();
        }
        if (command instanceof RecordChatMessages batch) {
            return "messages " + batch.messages().stream().map(RecordChatMessage::messageId).toList();
        }
        return "edit " + ((EditChatMessage) command).messageId();
    }

    private static RecordChatMessage message(IncidentId incident, String id) {
        return new RecordChatMessage(incident, id, null, "text " + id, ADA, "delivery-" + id, AT);
    }
}
