package io.incidentledger.ingest.application;

import io.incidentledger.api.command.RecordChatMessage;
import io.incidentledger.api.command.RecordChatMessages;
import io.incidentledger.api.id.IncidentId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for chat messages. Each caller still waits until its message is in the ledger (the platform is
 * acknowledged only then), but an incident has at most one write in flight: messages that arrive for it
 * meanwhile go together in its next write (one transaction, one aggregate load, one batch insert). Idle, a
 * message is written alone at once; under load, batches grow with the load. Incidents never wait for each other
 * beyond the pool of writers, and one incident's writes never race each other for the aggregate.
 */
public final class ChatMessageBatcher implements AutoCloseable {

    static final int MAX_BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(ChatMessageBatcher.class);

    private final Consumer<RecordChatMessages> writer;
    private final ExecutorService writers;
    /** Messages waiting per incident; an incident is a key exactly while one of the writers owns it. */
    private final Map<IncidentId, Queue<Pending>> waiting = new HashMap<>();

    /** {@code writer} appends one batch and throws if it did not. */
    public ChatMessageBatcher(Consumer<RecordChatMessages> writer, int parallelIncidents) {
        this.writer = writer;
        this.writers = Executors.newFixedThreadPool(parallelIncidents, runnable -> {
            Thread thread = new Thread(runnable, "chat-batch-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Completes when the message is in the ledger, or exceptionally with why it is not. */
    public CompletableFuture<Void> record(RecordChatMessage message) {
        var pending = new Pending(message, new CompletableFuture<>());
        IncidentId incident = message.incidentId();
        boolean startWriter;
        synchronized (waiting) {
            Queue<Pending> queue = waiting.get(incident);
            startWriter = queue == null;
            if (startWriter) {
                queue = new ArrayDeque<>();
                waiting.put(incident, queue);
            }
            queue.add(pending);
        }
        if (startWriter) {
            try {
                writers.execute(() -> writeWhileWaiting(incident));
            } catch (RejectedExecutionException shuttingDown) {
                failAll(incident, new IllegalStateException("The chat intake is shutting down"));
            }
        }
        return pending.done();
    }

    private void writeWhileWaiting(IncidentId incident) {
        for (List<Pending> batch = next(incident); !batch.isEmpty(); batch = next(incident)) {
            try {
                writer.accept(new RecordChatMessages(incident, batch.stream().map(Pending::message).toList()));
                batch.forEach(pending -> pending.done().complete(null));
            } catch (RuntimeException failed) {
                log.debug("A batch of {} messages for {} was not recorded: {}", batch.size(), incident, failed.toString());
                batch.forEach(pending -> pending.done().completeExceptionally(failed));
            }
        }
    }

    /** Up to {@link #MAX_BATCH} waiting messages, or none, and then the incident is released. */
    private List<Pending> next(IncidentId incident) {
        synchronized (waiting) {
            Queue<Pending> queue = waiting.get(incident);
            List<Pending> batch = new ArrayList<>();
            while (batch.size() < MAX_BATCH && !queue.isEmpty()) {
                batch.add(queue.poll());
            }
            if (batch.isEmpty()) {
                waiting.remove(incident);
            }
            return batch;
        }
    }

    private void failAll(IncidentId incident, RuntimeException why) {
        Queue<Pending> queue;
        synchronized (waiting) {
            queue = waiting.remove(incident);
        }
        if (queue != null) {
            queue.forEach(pending -> pending.done().completeExceptionally(why));
        }
    }

    @Override
    public void close() {
        writers.shutdown();
    }

    private record Pending(RecordChatMessage message, CompletableFuture<Void> done) {
    }
}
