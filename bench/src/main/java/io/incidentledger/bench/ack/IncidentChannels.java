package io.incidentledger.bench.ack;

import io.incidentledger.bench.support.SlackClient;
import java.util.ArrayList;
import java.util.List;

/**
 * One incident declared in its own channel per client, so clients do not all queue on one aggregate (a real
 * workspace has several incidents; one busy incident is its own, worse, case). Later messages in the channel
 * and commands without a ref go to that incident.
 */
public final class IncidentChannels {

    private IncidentChannels() {
    }

    public static List<String> declare(SlackClient slack, String prefix, int count) throws Exception {
        List<String> channels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String channel = prefix + i;
            int status = slack.command(channel, "U0BENCH", "declare Bench " + channel + " severity=4").statusCode();
            if (status != 200) {
                throw new IllegalStateException("declare in " + channel + " answered " + status);
            }
            channels.add(channel);
        }
        return channels;
    }
}
