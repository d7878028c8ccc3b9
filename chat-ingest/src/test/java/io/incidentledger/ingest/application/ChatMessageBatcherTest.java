package io.incidentledger.ingest.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Group commit: what arrives during an incident's write goes in its next one; incidents never wait for each other. */
class ChatMessageBatcherTest {

    private static final IncidentId CHECKOUT = IncidentId.of("6f1d4a52-55d4-4e6a-a2b8-3f2f0a0b9c11");
    private static final IncidentId SEARCH = IncidentId.of("0b3b2f5e-8f51-4c39-9d1e-2f57a8c0d4e2");
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    private final List<RecordChatMessages> written = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstWriteMayFinish = new CountDownLatch(1);
    private ChatMessageBatcher batcher;

    @AfterEach
    void tearDown() {
        batcher.close();
    }

    @Test
    void messagesArrivingDuringAWriteOfOneIncidentGoTogetherInTheNextWrite() {
        batcher = new ChatMessageBatcher(this::writeHoldingTheFirst, 2);
        var first = batcher.record(message(CHECKOUT, "1"));
        await().atMost(GENEROUS).until(() -> written.size() == 1);

        List<CompletableFuture<Void>> later = IntStream.rangeClosed(2, 6).mapToObj(i -> batcher.record(message(CHECKOUT, "" + i))).toList();
        firstWriteMayFinish.countDown();
        CompletableFuture.allOf(later.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).join();

        assertThat(first).isCompleted();
        assertThat(written).extracting(batch -> batch.messages().size()).containsExactly(1, 5);
        assertThat(written.get(1).messages()).extracting(RecordChatMessage::messageId).containsExactly("2", "3", "4", "5", "6");
    }

    @Test
    void anIncidentDoesNotWaitForAnotherIncidentsWriteAndAFailedWriteFailsOnlyItsOwnMessages() {
        batcher = new ChatMessageBatcher(batch -> {
            writeHoldingTheFirst(batch);
            if (batch.incidentId().equals(SEARCH)) {
                throw new IllegalStateException("database unavailable");
            }
        }, 2);
        var checkout = batcher.record(message(CHECKOUT, "1"));
        await().atMost(GENEROUS).until(() -> written.size() == 1);

        var search = batcher.record(message(SEARCH, "1"));

        assertThat(search).failsWithin(GENEROUS).withThrowableThat().withMessageContaining("database unavailable");
        assertThat(checkout).isNotDone();
        firstWriteMayFinish.countDown();
        assertThat(checkout).succeedsWithin(GENEROUS);
        assertThat(written).extracting(RecordChatMessages::incidentId).containsExactly(CHECKOUT, SEARCH);
    }

    @Test
    void aClosedBatcherRefusesAMessageInsteadOfLeavingItsCallerWaiting() {
        batcher = new ChatMessageBatcher(written::add, 1);
        batcher.close();

        assertThat(batcher.record(message(CHECKOUT, "1"))).failsWithin(GENEROUS);
        assertThat(written).isEmpty();
    }

    private void writeHoldingTheFirst(RecordChatMessages batch) {
        written.add(batch);
        if (written.size() == 1) {
            try {
                firstWriteMayFinish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RecordChatMessage message(IncidentId incident, String id) {
        var by = new ChatOrigin(Platform.SLACK, "C0INC", new ChatUser("U0ADA", "ada"));
        return new RecordChatMessage(incident, id, null, "text " + id, by, "delivery-" + id, Instant.parse("2026-11-22T09:00:00Z"));
    }
}
