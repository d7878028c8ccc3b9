package io.incidentledger.bench.ack;

import io.incidentledger.bench.support.Call;
import io.incidentledger.bench.support.SlackClient;
import java.util.List;

/** Client c writes in its own channel: a {@code note} slash command every fifth request, channel messages between. */
public final class SlackCall implements Call {

    private final SlackClient slack;
    private final List<String> channels;

    public SlackCall(SlackClient slack, List<String> channels) {
        this.slack = slack;
        this.channels = channels;
    }

    @Override
    public boolean run(int client, long sequence) throws Exception {
        String channel = channels.get(client % channels.size());
        int status = sequence % 5 == 0
                ? slack.command(channel, "U0BENCH", "note bench note " + sequence).statusCode()
                : slack.message(channel, "U0BENCH", "bench message " + client + "-" + sequence + " checkout latency").statusCode();
        return status == 200;
    }
}
