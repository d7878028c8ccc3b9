package io.incidentledger.status.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.chat.SlackMessages;
import io.incidentledger.api.deadletter.DeliveryFailure;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.status.NotificationRouteProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A Slack route goes through the Slack port only: the route's channel, the rendered text, and its refusal as is. */
class RouteSenderTest {

    private final List<String> posted = new CopyOnWriteArrayList<>();
    private final SlackMessages recording = (channel, text) -> posted.add(channel + " " + text);

    @Test
    void aSlackRouteIsPostedThroughTheSlackPortToItsChannelWithTheRenderedText() throws Exception {
        var sender = new RouteSender(LedgerJson.newMapper(), recording, Clock.systemUTC());

        sender.send(route("slack", "C0OPS"), notification("INC-3 resolved: &lt;all&gt; good"));

        assertThat(posted).containsExactly("C0OPS INC-3 resolved: &lt;all&gt; good");
    }

    @Test
    void aRefusalFromTheSlackPortReachesTheDispatcherUnchangedSoItCanBeParked() {
        SlackMessages refusing = (channel, text) -> {
            throw DeliveryFailure.refused("Slack refused the message: channel_not_found");
        };
        var sender = new RouteSender(LedgerJson.newMapper(), refusing, Clock.systemUTC());

        assertThatThrownBy(() -> sender.send(route("SLACK", "C0GONE"), notification("hello")))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.isTransient()).isFalse())
                .hasMessage("Slack refused the message: channel_not_found");
    }

    @Test
    void anUnknownRouteTypeIsRefusedWithoutAskingSlack() {
        var sender = new RouteSender(LedgerJson.newMapper(), recording, Clock.systemUTC());

        assertThatThrownBy(() -> sender.send(route("pager", "C0OPS"), notification("hello")))
                .isInstanceOf(DeliveryFailure.class).hasMessageContaining("unknown type 'pager'");
        assertThat(posted).isEmpty();
    }

    private static NotificationRouteProperties route(String type, String target) {
        return new NotificationRouteProperties("ops", type, target, null);
    }

    private static PendingNotification notification(String text) {
        return new PendingNotification(1, "event-" + UUID.randomUUID(), "ops", "resolved", text, "{}", 0, Instant.now());
    }
}
