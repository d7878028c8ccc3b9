package io.incidentledger.bench.crash;

import io.incidentledger.bench.support.SlackClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closed-loop clients, each in its own incident channel: a {@code note} slash command every fifth request, channel
 * messages between, every text with a unique marker. Runs until {@link #stop()}; requests that fail (the app was
 * killed under them) are recorded as not acknowledged.
 */
final class CrashLoad {

    /** The reply of a note that is in the ledger (chat-ingest's Replies); refusals are answered 200 too. */
    static final String NOTE_RECORDED = "Note added to ";

    private final SlackClient slack;
    private final Map<String, String> refsByChannel;
    private final String round;
    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients;

    CrashLoad(SlackClient slack, Map<String, String> refsByChannel, String round) {
        this.slack = slack;
        this.refsByChannel = refsByChannel;
        this.round = round;
        this.clients = Executors.newFixedThreadPool(refsByChannel.size());
    }

    void start() {
        List<String> channels = List.copyOf(refsByChannel.keySet());
        for (int c = 0; c < channels.size(); c++) {
            String channel = channels.get(c);
            int client = c;
            clients.execute(() -> {
                // a client stops at its first failed request: the app is gone
                for (long n = 0; running.get(); n++) {
                    if (!send(channel, String.format("crash-%s-%02d-%06d", round, client, n), n % 5 == 0)) {
                        return;
                    }
                }
            });
        }
    }

    /** False when the request failed: no answer at all. */
    private boolean send(String channel, String marker, boolean command) {
        boolean acknowledged;
        try {
            HttpResponse<String> answer = command
                    ? slack.command(channel, "U0CRASH", "note " + marker + " pool drained")
                    : slack.message(channel, "U0CRASH", marker + " db pool exhausted on checkout-api");
            acknowledged = answer.statusCode() == 200 && (!command || answer.body().contains(NOTE_RECORDED));
        } catch (Exception killedUnderIt) {
            sent.add(new Sent(marker, refsByChannel.get(channel), command, false));
            return false;
        }
        sent.add(new Sent(marker, refsByChannel.get(channel), command, acknowledged));
        return true;
    }

    List<Sent> stop() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
        return List.copyOf(sent);
    }

    long acknowledgedSoFar() {
        return sent.stream().filter(Sent::acknowledged).count();
    }
}
