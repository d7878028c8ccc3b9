package io.incidentledger.ingest.application;

import io.incidentledger.api.command.RecordChatMessage;
import io.incidentledger.api.command.RecordChatMessages;
import io.incidentledger.api.id.IncidentId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for chat messages. Each caller still waits until its message is in the ledger (the platform is
 * acknowledged only then), but messages that arrive while a write is in flight go together in the next one: one
 * transaction, one aggregate load, one batch insert per incident. Idle, a message is written alone at once, so
 * nothing waits for a batch to fill; under load, batches grow with the load.
 */
public final class ChatMessageBatcher implements AutoCloseable {

    static final int MAX_BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(ChatMessageBatcher.class);

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Consumer<RecordChatMessages> writer;
    private final ExecutorService incidents;
    private final Thread drainer;
    private volatile boolean open = true;

    /** {@code writer} appends one batch and throws if it did not; batches of different incidents run in parallel. */
    public ChatMessageBatcher(Consumer<RecordChatMessages> writer, int parallelIncidents) {
        this.writer = writer;
        this.incidents = Executors.newFixedThreadPool(parallelIncidents, daemon("chat-batch-writer"));
        this.drainer = daemon("chat-batcher").newThread(this::drain);
        this.drainer.start();
    }

    /** Completes when the message is in the ledger, or exceptionally with why it is not. */
    public CompletableFuture<Void> record(RecordChatMessage message) {
        var pending = new Pending(message, new CompletableFuture<>());
        queue.add(pending);
        if (!open) {
            failQueued("The chat intake is shutting down");
        }
        return pending.done();
    }

    private void drain() {
        while (open) {
            List<Pending> batch = new ArrayList<>();
            try {
                batch.add(queue.take());
            } catch (InterruptedException stopping) {
                break;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            Map<IncidentId, List<Pending>> byIncident = new LinkedHashMap<>();
            batch.forEach(pending -> byIncident.computeIfAbsent(pending.message().incidentId(), id -> new ArrayList<>()).add(pending));
            CompletableFuture.allOf(byIncident.entrySet().stream()
                    .map(group -> CompletableFuture.runAsync(() -> write(group.getKey(), group.getValue()), incidents))
                    .toArray(CompletableFuture[]::new)).join();
        }
        failQueued("The chat intake stopped");
    }

    private void failQueued(String why) {
        for (Pending pending = queue.poll(); pending != null; pending = queue.poll()) {
            pending.done().completeExceptionally(new IllegalStateException(why));
        }
    }

    private void write(IncidentId incident, List<Pending> group) {
        try {
            writer.accept(new RecordChatMessages(incident, group.stream().map(Pending::message).toList()));
            group.forEach(pending -> pending.done().complete(null));
        } catch (RuntimeException failed) {
            log.debug("A batch of {} messages for {} was not recorded: {}", group.size(), incident, failed.toString());
            group.forEach(pending -> pending.done().completeExceptionally(failed));
        }
    }

    @Override
    public void close() {
        open = false;
        drainer.interrupt();
        incidents.shutdown();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Pending(RecordChatMessage message, CompletableFuture<Void> done) {
    }
}
