package io.incidentledger.ingest.application;

import io.incidentledger.api.command.IncidentCommand;
import io.incidentledger.api.command.RecordChatMessage;
import io.incidentledger.api.command.RecordChatMessages;
import io.incidentledger.api.id.IncidentId;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
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
 * at most one write in flight: messages that arrive meanwhile go together in its next write (one aggregate load,
 * one batch insert), and an edit, delete, pin or reaction waits for the messages before it, so it never finds its
 * message missing. A write also takes the waiting messages of other incidents, up to {@code groupIncidents} of
 * them, into the same commit ({@link ChatWriter#writeTogether}): under load each message no longer pays a
 * transaction and a durable flush of its own, and idle, a command is still written alone at once. If a group
 * fails, each of its incidents is written again on its own, so one incident's failure fails only its own callers.
 * Incidents take turns in the order their commands arrived, and a written incident goes to the back of the line,
 * so none starves another. The waiting commands are bounded: past the bound a command is refused at once
 * ({@link ChatIntakeBusy}), so the platform retries later instead of the queue growing while it does; a caller
 * that gave up takes its command out of the queue.
 */
public final class ChatMessageBatcher implements AutoCloseable {

    static final int MAX_BATCH = 200;
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(ChatMessageBatcher.class);

    private final ChatWriter writer;
    private final ExecutorService writers;
    private final int groupIncidents;
    private final int capacity;
    /** Commands waiting per incident; an incident is a key exactly while it is ready or being written. */
    private final Map<IncidentId, Queue<Pending>> waiting = new HashMap<>();
    /**
     * Incidents with commands waiting and no write in flight, oldest first; guarded by {@code waiting}. Each one
     * put here is matched by one task on {@link #writers}, which writes whatever is at the front then.
     */
    private final Set<IncidentId> ready = new LinkedHashSet<>();
    /** Commands in {@link #waiting}, over every incident; guarded by {@code waiting}. */
    private int queued;

    /**
     * {@code writer} sends one command (a single one or a {@link RecordChatMessages}), or several incidents' in one
     * commit; {@code parallelIncidents} writes run at once, each of at most {@code groupIncidents} incidents, and at
     * most {@code capacity} commands wait for them.
     */
    public ChatMessageBatcher(ChatWriter writer, int parallelIncidents, int groupIncidents, int capacity) {
        if (groupIncidents < 1) {
            throw new IllegalArgumentException("groupIncidents must be 1 or more");
        }
        this.writer = writer;
        this.groupIncidents = groupIncidents;
        this.capacity = capacity;
        this.writers = Executors.newFixedThreadPool(parallelIncidents, runnable -> {
            Thread thread = new Thread(runnable, "chat-record-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Every write of one incident only: {@code writer} sends one command and throws if it failed. */
    public ChatMessageBatcher(Consumer<Object> writer, int parallelIncidents, int capacity) {
        this(new ChatWriter() {
            @Override
            public void write(Object command) {
                writer.accept(command);
            }

            @Override
            public void writeTogether(List<Object> commands) {
                throw new UnsupportedOperationException("this batcher writes one incident at a time");
            }
        }, parallelIncidents, 1, capacity);
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
                ready.add(incident);
            }
            queue.add(pending);
        }
        if (schedule) {
            schedule(1);
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

    private void schedule(int tasks) {
        for (int i = 0; i < tasks; i++) {
            try {
                writers.execute(this::writeNext);
            } catch (RejectedExecutionException shuttingDown) {
                failReady(new IllegalStateException("The chat intake is shutting down"));
                return;
            }
        }
    }

    private void writeNext() {
        List<Run> group = nextGroup();
        if (group.isEmpty()) {
            // another write took what this task was scheduled for
            return;
        }
        try {
            if (group.size() == 1) {
                writeAlone(group.get(0));
            } else {
                writeTogether(group);
            }
        } finally {
            schedule(backInLine(group));
        }
    }

    private void writeTogether(List<Run> group) {
        try {
            writer.writeTogether(group.stream().map(Run::command).toList());
            group.forEach(run -> run.pending().forEach(pending -> pending.done().complete(null)));
        } catch (Throwable failed) {
            // nothing of the group is in the ledger: each incident again on its own, failing only its own callers
            log.debug("A group commit of {} incidents failed, writing each alone: {}", group.size(), failed.toString());
            group.forEach(this::writeAlone);
        }
    }

    private void writeAlone(Run run) {
        try {
            writer.write(run.command());
            run.pending().forEach(pending -> pending.done().complete(null));
        } catch (Throwable failed) {
            // errors too: a caller left waiting would hold its platform's request until it times out
            log.debug("{} chat command(s) for {} not recorded: {}", run.pending().size(), run.incident(), failed.toString());
            run.pending().forEach(pending -> pending.done().completeExceptionally(failed));
        }
    }

    /**
     * The incident at the front of the line, with its head command alone or the run of messages at its head; if
     * messages, then the runs of messages at the heads of the next incidents in line, up to {@link #groupIncidents}
     * incidents and {@link #MAX_BATCH} messages in all. An incident whose every command was withdrawn by callers
     * that gave up leaves the line.
     */
    private List<Run> nextGroup() {
        synchronized (waiting) {
            List<Run> group = new ArrayList<>();
            int messages = 0;
            for (Iterator<IncidentId> line = ready.iterator(); line.hasNext() && group.size() < groupIncidents
                    && messages < MAX_BATCH; ) {
                IncidentId incident = line.next();
                Queue<Pending> queue = waiting.get(incident);
                if (queue.isEmpty()) {
                    line.remove();
                    waiting.remove(incident);
                    continue;
                }
                boolean message = queue.peek().command() instanceof RecordChatMessage;
                if (!group.isEmpty() && !message) {
                    continue;
                }
                line.remove();
                Run run = takeRun(incident, queue, message ? MAX_BATCH - messages : 1);
                group.add(run);
                if (!message) {
                    break;
                }
                messages += run.pending().size();
            }
            return group;
        }
    }

    private Run takeRun(IncidentId incident, Queue<Pending> queue, int most) {
        List<Pending> run = new ArrayList<>();
        run.add(queue.poll());
        if (run.get(0).command() instanceof RecordChatMessage) {
            while (run.size() < most && queue.peek() != null && queue.peek().command() instanceof RecordChatMessage) {
                run.add(queue.poll());
            }
        }
        queued -= run.size();
        return new Run(incident, run);
    }

    /** After a write: each incident with more waiting goes to the back of the line; the tasks to schedule for them. */
    private int backInLine(List<Run> written) {
        int back = 0;
        synchronized (waiting) {
            for (Run run : written) {
                if (waiting.get(run.incident()).isEmpty()) {
                    waiting.remove(run.incident());
                } else {
                    ready.add(run.incident());
                    back++;
                }
            }
        }
        return back;
    }

    private void failReady(RuntimeException why) {
        List<Pending> failed = new ArrayList<>();
        synchronized (waiting) {
            for (IncidentId incident : ready) {
                Queue<Pending> queue = waiting.remove(incident);
                queued -= queue.size();
                failed.addAll(queue);
            }
            ready.clear();
        }
        failed.forEach(pending -> pending.done().completeExceptionally(why));
    }

    @Override
    public void close() {
        writers.shutdown();
    }

    private record Pending(IncidentCommand command, CompletableFuture<Void> done) {
    }

    /** One incident's part of a write: its head command, or the run of messages at its head. */
    private record Run(IncidentId incident, List<Pending> pending) {

        Object command() {
            return pending.size() == 1 ? pending.get(0).command() : new RecordChatMessages(incident,
                    pending.stream().map(one -> (RecordChatMessage) one.command()).toList());
        }
    }
}
