package io.incidentledger.app.testdata;

import static io.incidentledger.app.testdata.SlackPayloads.eventCallback;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.api.id.IncidentRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One incident with every incident event type, driven through signed Slack requests only (slash commands and
 * Events API deliveries, each with fresh ids) in a channel of its own: what a real incident leaves in the ledger.
 */
public final class ScriptedIncident {

    private static final String ADA = "U0ADA";
    private static final String BOB = "U0BOB";
    private static final Pattern REF = Pattern.compile("INC-\\d+");
    private static final String OF_INCIDENT = " FROM domainevententry e JOIN incident_directory d "
            + "ON d.incident_id = e.aggregateidentifier WHERE d.number = ?";

    private final LedgerClient client;
    private final JdbcTemplate jdbc;
    private final String channel = "C0" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    private final AtomicInteger micros = new AtomicInteger();
    private IncidentRef ref;

    public ScriptedIncident(LedgerClient client, JdbcTemplate jdbc) {
        this.client = client;
        this.jdbc = jdbc;
    }

    public IncidentRef run() {
        Matcher matcher = REF.matcher(client.slashCommandAs(ADA, channel, "declare Replayed checkout outage severity=2").body());
        assertThat(matcher.find()).isTrue();
        ref = IncidentRef.parse(matcher.group());
        command("ack " + ref);
        String pool = said(BOB, "checkout-api pool exhausted");
        delivered("ChatMessageEdited", SlackPayloads.messageChanged(channel, BOB, pool, "checkout-api pool exhausted",
                "checkout-api pool exhausted since the deploy", ts()));
        String wrong = said(BOB, "wrong channel sorry");
        delivered("ChatMessageDeleted", SlackPayloads.messageDeleted(channel, BOB, wrong, "wrong channel sorry", ts()));
        delivered("MessagePinned", SlackPayloads.pinAdded(channel, ADA, pool, "checkout-api pool exhausted", ts()));
        delivered("MessageUnpinned", SlackPayloads.pinRemoved(channel, ADA, pool, "checkout-api pool exhausted", ts()));
        String decision = said(ADA, "Decision: roll the checkout deploy back");
        delivered("MessagePinned", SlackPayloads.pinAdded(channel, ADA, decision, "Decision: roll the checkout deploy back", ts()));
        delivered("ReactionAdded", SlackPayloads.reactionAdded(channel, BOB, decision, "memo", ts()));
        redactOneMessage(pool);
        command("note " + ref + " gateway dashboards look normal");
        command("summary " + ref + " The connection pool ran out after a deploy");
        command("impact " + ref + " A third of checkouts failed");
        command("title " + ref + " Checkout outage after the pool change");
        command("severity " + ref + " 1");
        command("role " + ref + " comms <@" + BOB + ">");
        command("role " + ref + " comms @none");
        command("component " + ref + " Checkout partial_outage");
        command("status " + ref + " identified The pool change is the cause");
        command("update " + ref + " Checkout is recovering");
        command("status " + ref + " monitoring Rolled back, watching");
        command("action " + ref + " Alert on pool saturation");
        command("action-done " + ref + " 1");
        command("action-reopen " + ref + " 1");
        command("resolve " + ref + " Checkout is normal");
        command("reopen " + ref + " Errors are back");
        command("component " + ref + " Checkout major_outage");
        command("resolve " + ref + " Checkout is normal again");
        command("close " + ref + " Review booked");
        return ref;
    }

    /**
     * Issue 19's erasure: the lead redacts a message that was edited and pinned, so the live fold of the redaction
     * and a replay from the store (where its key is gone) must both show the same marker in every view.
     */
    private void redactOneMessage(String messageTs) {
        command("redact " + ref + " " + messageTs + " pasted a customer's card number");
    }

    /** The simple names of the types stored in the incident's own stream. */
    public Set<String> storedTypes() {
        var types = new TreeSet<String>();
        jdbc.queryForList("SELECT DISTINCT e.payloadtype" + OF_INCIDENT, String.class, ref.number())
                .forEach(type -> types.add(type.substring(type.lastIndexOf('.') + 1)));
        return types;
    }

    public long lastSequence() {
        return jdbc.queryForObject("SELECT max(e.sequencenumber)" + OF_INCIDENT, Long.class, ref.number());
    }

    private void command(String text) {
        long before = LedgerEvents.count(jdbc, ref.toString(), null);
        var reply = client.slashCommandAs(ADA, channel, text);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat(LedgerEvents.count(jdbc, ref.toString(), null)).as(text + ": " + reply.body()).isGreaterThan(before);
    }

    private String said(String user, String text) {
        String ts = ts();
        delivered("ChatMessageRecorded", SlackPayloads.message(channel, user, ts, text));
        return ts;
    }

    // deliveries are handled after their ack: each one is in the ledger before the next is sent, as in a real channel
    private void delivered(String type, String eventJson) {
        long before = LedgerEvents.count(jdbc, ref.toString(), type);
        var response = client.postEvent(eventCallback("Ev" + UUID.randomUUID().toString().replace("-", ""), eventJson), 0);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> LedgerEvents.count(jdbc, ref.toString(), type) > before);
    }

    // a Slack timestamp: seconds and a fresh microsecond part, so no two of the script's messages share one
    private String ts() {
        return Instant.now().getEpochSecond() + "." + String.format("%06d", micros.incrementAndGet());
    }
}
