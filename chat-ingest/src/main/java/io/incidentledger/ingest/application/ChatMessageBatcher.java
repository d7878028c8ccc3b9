package io.incidentledger.ingest.application;

import io.incidentledger.api.command.IncidentCommand;
import io.incidentledger.api.command.RecordChatMessage;
import io.incidentledger.api.command.RecordChatMessages;
import io.incidentledger.api.id.IncidentId;
import java.time.Duration;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat record's writes, one incident at a time and in arrival order, with group commit for messages. Each
 * caller still waits until its command is in the ledger (the platform is acknowledged only then). An incident has
 * at most one write in flight: messages that arrive meanwhile go together in its next write (one transaction, one
 * aggregate load, one batch insert), and an edit, delete, pin or reaction waits for the messages before it, so it
 * never finds its message missing. Idle, a command is written alone at once. Each write is one task on a shared
 * pool, and a busy incident goes back to the end of the pool's queue after each write, so no incident starves
 * another. The waiting commands are bounded: past the bound a command is refused at once ({@link ChatIntakeBusy}),
 * so the platform retries later instead of the queue growing while it does; a caller that gave up takes its
 * command out of the queue.
 */
public final class ChatMessageBatcher implements AutoCloseable {

    static final int MAX_BATCH = 200;
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(ChatMessageBatcher.class);

    private final Consumer<Object> writer;
    private final ExecutorService writers;
    private final int capacity;
    /** Commands waiting per incident; an incident is a key exactly while a write of it is queued or running. */
    private final Map<IncidentId, Queue<Pending>> waiting = new HashMap<>();
    /** Commands in {@link #waiting}, over every incident; guarded by {@code waiting}. */
    private int queued;

    /**
     * {@code writer} sends one command (a single one or a {@link RecordChatMessages}) and throws if it failed;
     * at most {@code capacity} commands wait for it.
     */
    public ChatMessageBatcher(Consumer<Object> writer, int parallelIncidents, int capacity) {
        this.writer = writer;
        this.capacity = capacity;
        this.writers = Executors.newFixedThreadPool(parallelIncidents, runnable -> {
            Thread thread = new Thread(runnable, "chat-record-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Completes when the command is in the ledger, or exceptionally with why it is not: {@link ChatIntakeBusy}
     * when the intake is full, a {@link TimeoutException} after {@code timeout}, when a command not yet being
     * written is also taken out of the queue.
     */
    public CompletableFuture<Void> record(IncidentCommand command, Duration timeout) {
        var pending = new Pending(command, new CompletableFuture<>());
        IncidentId incident = command.incidentId();
        boolean schedule;
        synchronized (waiting) {
            if (queued >= capacity) {
                return CompletableFuture.failedFuture(new ChatIntakeBusy(capacity, RETRY_AFTER));
            }
            queued++;
            Queue<Pending> queue = waiting.get(incident);
            schedule = queue == null;
            if (schedule) {
                queue = new ArrayDeque<>();
                waiting.put(incident, queue);
            }
            queue.add(pending);
        }
        if (schedule) {
            schedule(incident);
        }
        return pending.done().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((done, failed) -> {
            if (failed instanceof TimeoutException) {
                withdraw(incident, pending);
            }
        });
    }

    /**
     * Runs a write that is not queued here (a chat command, whose caller waits for its reply) as one of the commands
     * waiting for the ledger, so the bound holds for every chat request: past it, {@link ChatIntakeBusy} at once.
     */
    public <T> T admitted(Supplier<T> write) {
        synchronized (waiting) {
            if (queued >= capacity) {
                throw new ChatIntakeBusy(capacity, RETRY_AFTER);
            }
            queued++;
        }
        try {
            return write.get();
        } finally {
            synchronized (waiting) {
                queued--;
            }
        }
    }

    private void withdraw(IncidentId incident, Pending pending) {
        synchronized (waiting) {
            Queue<Pending> queue = waiting.get(incident);
            if (queue != null && queue.remove(pending)) {
                queued--;
            }
        }
    }

    private void schedule(IncidentId incident) {
        try {
            writers.execute(() -> writeNext(incident));
        } catch (RejectedExecutionException shuttingDown) {
            failAll(incident, new IllegalStateException("The chat intake is shutting down"));
        }
    }

    private void writeNext(IncidentId incident) {
        List<Pending> write = next(incident);
        if (write.isEmpty()) {
            // every command of this incident was withdrawn by callers that gave up; one may have arrived since
            if (moreWaiting(incident)) {
                schedule(incident);
            }
            return;
        }
        try {
            writer.accept(write.size() == 1 ? write.get(0).command() : new RecordChatMessages(incident,
                    write.stream().map(pending -> (RecordChatMessage) pending.command()).toList()));
            write.forEach(pending -> pending.done().complete(null));
        } catch (Throwable failed) {
            // errors too: a caller left waiting would hold its platform's request until it times out
            log.debug("{} chat command(s) for {} not recorded: {}", write.size(), incident, failed.toString());
            write.forEach(pending -> pending.done().completeExceptionally(failed));
        } finally {
            if (moreWaiting(incident)) {
                schedule(incident);
            }
        }
    }

    /** The head command alone, or the run of messages at the head (up to {@link #MAX_BATCH}). */
    private List<Pending> next(IncidentId incident) {
        synchronized (waiting) {
            Queue<Pending> queue = waiting.get(incident);
            List<Pending> write = new ArrayList<>();
            if (queue.isEmpty()) {
                return write;
            }
            write.add(queue.poll());
            if (write.get(0).command() instanceof RecordChatMessage) {
                while (write.size() < MAX_BATCH && queue.peek() != null && queue.peek().command() instanceof RecordChatMessage) {
                    write.add(queue.poll());
                }
            }
            queued -= write.size();
            return write;
        }
    }

    private boolean moreWaiting(IncidentId incident) {
        synchronized (waiting) {
            if (waiting.get(incident).isEmpty()) {
                waiting.remove(incident);
                return false;
            }
            return true;
        }
    }

    private void failAll(IncidentId incident, RuntimeException why) {
        Queue<Pending> queue;
        synchronized (waiting) {
            queue = waiting.remove(incident);
            queued -= queue == null ? 0 : queue.size();
        }
        if (queue != null) {
            queue.forEach(pending -> pending.done().completeExceptionally(why));
        }
    }

    @Override
    public void close() {
        writers.shutdown();
    }

    private record Pending(IncidentCommand command, CompletableFuture<Void> done) {
    }
}
