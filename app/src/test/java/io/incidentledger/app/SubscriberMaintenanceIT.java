package io.incidentledger.app;

import static io.incidentledger.app.SubscribersIT.mailTo;
import static io.incidentledger.app.SubscribersIT.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentledger.app.testdata.FakeSubscriberWebhooks;
import io.incidentledger.app.testdata.SubscribersApp;
import io.incidentledger.status.notify.HmacSignature;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A window scheduled, started and completed by signed Slack commands reaches its component's subscribers three
 * times, by mail (both parts, the unsubscribe headers) and by webhook (Statuspage's maintenance shape, signed),
 * and never a subscriber of another component.
 */
class SubscriberMaintenanceIT extends SubscribersApp {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Pattern CONFIRM = Pattern.compile("https?://\\S+/subscriptions/confirm\\?s=([0-9a-f-]{36})&t=(\\S+)");
    private static final Pattern MNT = Pattern.compile("MNT-\\d+");
    private static FakeSubscriberWebhooks hooks;

    @BeforeAll
    static void startHooks() throws Exception {
        hooks = new FakeSubscriberWebhooks();
    }

    @AfterAll
    static void stopHooks() {
        hooks.close();
    }

    @Test
    void aWindowOnAChosenComponentIsMailedAndPostedWhenScheduledStartedAndCompletedAndNobodyElseHearsOfIt() throws Exception {
        String ada = freshAddress("ada-mnt");
        String adaId = subscribeAndConfirm(ada, "search");
        String bob = freshAddress("bob-mnt");
        String bobId = subscribeAndConfirm(bob, "payments");
        String path = "/ok/" + UUID.randomUUID();
        JsonNode hook = subscribeHook(path, "search");

        Instant start = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(Duration.ofMinutes(45));
        String title = "Search reindex " + adaId;
        String mnt = say("maintenance " + start + " " + end + " " + title + " components=search");
        String anchor = "/#" + mnt.toLowerCase(Locale.ROOT);
        // each move waits for the one before it to arrive: the senders' threads keep no order among themselves
        awaitBoth(ada, 2, path, 1);
        say("maintenance-start " + mnt);
        awaitBoth(ada, 3, path, 2);
        say("maintenance-complete " + mnt);
        awaitBoth(ada, 4, path, 3);

        List<MimeMessage> mails = mailTo(ada).subList(1, 4);
        var posts = hooks.at(path);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactly(
                "[" + PAGE_NAME + "] Scheduled maintenance: " + title,
                "[" + PAGE_NAME + "] Maintenance in progress: " + title,
                "[" + PAGE_NAME + "] Maintenance completed: " + title);
        for (MimeMessage mail : mails) {
            assertThat(mail.getHeader("List-Unsubscribe")[0])
                    .matches("<http://\\S+/subscriptions/unsubscribe\\?s=" + adaId + "&sig=\\S+>");
            assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
            for (String body : List.of(part(mail, "text/plain"), part(mail, "text/html"))) {
                assertThat(body).contains(PAGE_NAME, title, "search", anchor, "/subscriptions/manage?s=" + adaId,
                        "/subscriptions/unsubscribe?s=" + adaId, "until",
                        start.toString().substring(0, 10) + " " + start.toString().substring(11, 16) + " UTC");
            }
        }

        assertThat(posts).extracting(post -> json.readTree(post.body()).at("/incident/status").asText())
                .containsExactly("scheduled", "in_progress", "completed");
        for (var post : posts) {
            long timestamp = Long.parseLong(post.header(HmacSignature.TIMESTAMP_HEADER));
            assertThat(post.header(HmacSignature.SIGNATURE_HEADER))
                    .isEqualTo(HmacSignature.sign(hook.path("secret").asText(), timestamp, post.body()));
            JsonNode incident = json.readTree(post.body()).path("incident");
            assertThat(incident.path("name").asText()).isEqualTo(title);
            assertThat(incident.path("impact").asText()).isEqualTo("maintenance");
            assertThat(Instant.parse(incident.path("scheduled_for").asText())).isEqualTo(start);
            assertThat(Instant.parse(incident.path("scheduled_until").asText())).isEqualTo(end);
            assertThat(incident.path("shortlink").asText()).endsWith(anchor);
            assertThat(incident.at("/components/0/name").asText()).isEqualTo("search");
            assertThat(json.readTree(post.body()).at("/meta/unsubscribe").asText()).contains(hook.path("id").asText());
        }

        // all three were planned (in one processor, in ledger order) before the last of them was sent
        assertThat(mailTo(bob)).as("only the confirmation for a payments subscriber").hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from subscriber_delivery where subscriber_id = ?",
                Integer.class, bobId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from subscriber_delivery where subscriber_id = ?",
                Integer.class, adaId)).isEqualTo(3);
    }

    private void awaitBoth(String address, int mails, String path, int posts) {
        await().atMost(WAIT).alias(mails + " mails to " + address).until(() -> mailTo(address).size() >= mails);
        await().atMost(WAIT).alias(posts + " posts to " + path).until(() -> hooks.at(path).size() >= posts);
    }

    private String say(String command) {
        var reply = client.slashCommandAs(MAINTAINER, "C0SUBS", command);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        Matcher ref = MNT.matcher(reply.body());
        assertThat(ref.find()).as(command + " -> " + reply.body()).isTrue();
        return ref.group();
    }

    private String subscribeAndConfirm(String address, String component) throws Exception {
        var subscribed = postForm("/subscriptions", Map.of("address", List.of(address), "component", List.of(component)),
                freshClient());
        assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(202);
        String confirmation = part(await().atMost(WAIT).until(() -> mailTo(address), got -> !got.isEmpty()).get(0),
                "text/plain");
        Matcher link = CONFIRM.matcher(confirmation);
        assertThat(link.find()).isTrue();
        String token = java.net.URLDecoder.decode(link.group(2), java.nio.charset.StandardCharsets.UTF_8);
        var confirmed = postForm("/subscriptions/confirm", Map.of("s", List.of(link.group(1)), "t", List.of(token)),
                freshClient());
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        await().atMost(WAIT).until(() -> "confirmed".equals(status(link.group(1))));
        return link.group(1);
    }

    private JsonNode subscribeHook(String path, String component) throws Exception {
        var response = postForm("/subscriptions", Map.of("address", List.of(hooks.url(path)), "component", List.of(component)),
                freshClient(), "Accept", "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode subscribed = json.readTree(response.body());
        await().atMost(WAIT).until(() -> "confirmed".equals(status(subscribed.path("id").asText())));
        return subscribed;
    }

    private String status(String subscriber) {
        return jdbc.queryForList("select status from subscriber_list where subscriber_id = ?", String.class, subscriber)
                .stream().findFirst().orElse(null);
    }
}
